package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dumps whose lines a text browser wrapped (lynx, html2text) read as the same blocks as the dump
 * written one block a line; dumps written one block a line are not taken for wrapped ones.
 */
class HardWrapsTest {
    private static final Path DEV_TEXT = Path.of("..", "shared", "eval", "dev", "text");

    @Test
    void wrappedParagraphsComeBackWhole() {
        String paragraph = "The council approved the new budget on Tuesday after a long debate that ran well past "
                + "midnight, with the mayor promising that spending on schools would rise by four percent.";
        List<String> lines = new ArrayList<>(wrap(paragraph, 72));
        lines.add("");
        lines.add("• Schools: up four percent");
        lines.add("• Libraries: unchanged");
        lines.add("");
        lines.addAll(wrap("Spending on roads falls for the second year in a row, which the opposition called a mistake "
                + "that the city would pay for when the winter comes and the potholes open up again.", 72));
        lines.addAll(List.of("", "Short line.", "Another short line that is not part of the one before it."));
        int width = HardWraps.width(lines);
        assertEquals(true, width > 60 && width <= 72, "width " + width);
        assertEquals(List.of(paragraph, "• Schools: up four percent", "• Libraries: unchanged",
                "Spending on roads falls for the second year in a row, which the opposition called a mistake that the city"
                        + " would pay for when the winter comes and the potholes open up again.",
                "Short line.", "Another short line that is not part of the one before it."), HardWraps.join(lines, width));
    }

    @Test
    void aWrapMeasuredOffAnotherMarginStillJoins() {
        // lynx indents paragraphs by three columns and not headings; with the indentation collapsed, the
        // widest line is a heading's and every paragraph line ends a few columns short of it.
        String paragraph = "The council approved the new budget on Tuesday after a long debate that ran well past "
                + "midnight, with the mayor promising that spending on schools would rise by four percent, and the "
                + "opposition calling the promise one the city could not keep in a winter of rising costs, when the "
                + "heating of every school alone will cost a third more than it did in the year before the vote.";
        List<String> lines = new ArrayList<>(List.of("What the new budget means for the schools, the roads and the city's libraries", ""));
        lines.addAll(wrap(paragraph, 73));
        lines.addAll(List.of("", "Another heading, short of the width"));
        int width = HardWraps.width(lines);
        assertEquals(List.of(lines.get(0), paragraph, "Another heading, short of the width"), HardWraps.join(lines, width));
    }

    @Test
    void aLineNearTheWidthGoesOnInLowerCase() {
        // Wrapped eight columns short of the widest line (a heading's): only the lower case says the sentence goes on.
        String paragraph = "The council approved the new budget on Tuesday after a long debate that ran well past "
                + "midnight, with the mayor promising that spending on schools would rise by four percent, and the "
                + "opposition calling the promise one the city could not keep in a winter of rising costs, when the "
                + "heating of every school alone will cost a third more than it did in the year before the vote.";
        String heading = "What the new budget means for the schools, the roads, the parks and the city's libraries";
        List<String> lines = new ArrayList<>(List.of(heading, ""));
        lines.addAll(wrap(paragraph, heading.length() - 8));
        int width = HardWraps.width(lines);
        assertEquals(heading.length(), width);
        assertEquals(List.of(heading, paragraph), HardWraps.join(lines, width));
    }

    @Test
    void anAddressPastTheWidthDoesNotHideTheWrap() {
        // A renderer that writes a link's address after its text cannot break the address: its line runs past the width.
        String address = "[https://city.example/council/minutes/2026/the-budget-debate-of-the-council]";
        String paragraph = "The council approved the new budget on Tuesday after a long debate that ran well past "
                + "midnight, with the mayor ADDRESS promising that spending on schools would rise by four percent, and "
                + "the opposition calling the promise one the city could not keep in a winter of rising costs, when the "
                + "heating of every school alone will cost a third more than it did in the year before the vote.";
        List<String> lines = wrap(paragraph, 72).stream().map(l -> l.replace("ADDRESS", address)).toList();
        assertEquals(true, lines.stream().anyMatch(l -> l.length() > 72 && l.indexOf(' ') > 0), "the address overruns the width");
        int width = HardWraps.width(lines);
        assertEquals(true, width > 60 && width <= 72, "width " + width);
        assertEquals(List.of(paragraph.replace("ADDRESS", address)), HardWraps.join(lines, width));
    }

    @Test
    void afterALinePastTheWidthOnlyLowerCaseGoesOn() {
        // Teasers, each a link whose address the renderer writes after it on a line of its own, past the width:
        // the next teaser opens a new line because the address filled one, not because a sentence goes on.
        String first = "Customers leave without paying their bill at a steakhouse after a fight in the restaurant.";
        String second = "Michigan will mail applications encouraging voters to serve on the new commission.";
        String address = "[https://news.example/2026/03/02/customers-leave-without-paying-their-bill-at-a-steakhouse/]";
        List<String> lines = new ArrayList<>(wrap(first, 72));
        lines.add(address);
        lines.addAll(wrap(second, 72));
        assertEquals(List.of(first + " " + address, second), HardWraps.join(lines, 72));
        // A sentence that goes on after the address, in lower case, stays one block.
        List<String> inline = new ArrayList<>(wrap(first.replace(".", " (see"), 72));
        inline.add(address);
        inline.add("for the court's ruling) on Monday.");
        assertEquals(1, HardWraps.join(inline, 72).size());
    }

    @Test
    void aMenuOfAddressesDoesNotOutvoteTheWrappedText() {
        // Menu items end near the width for the address they hold, and each is followed by the next item's
        // bullet: they say nothing of how a wrapped sentence goes on, and there are more of them than of it.
        List<String> lines = new ArrayList<>();
        for (String section : List.of("politics", "business", "culture", "sport", "science", "weather", "travel", "food")) {
            lines.add(" * " + section + " [https://news.example/sections/" + section + "/latest-stories-and-analysis/]");
        }
        lines.add("");
        String paragraph = "The council approved the new budget on Tuesday after a long debate that ran well past "
                + "midnight, with the mayor promising that spending on schools would rise by four percent, and the "
                + "opposition calling the promise one the city could not keep in a winter of rising costs.";
        lines.addAll(wrap(paragraph, 78));
        int width = HardWraps.width(lines);
        assertEquals(true, width > 60 && width <= 78, "width " + width);
        assertEquals(paragraph, HardWraps.join(lines, width).get(8));
    }

    @Test
    void aListOfHeadlinesIsNoWrappedText() {
        List<String> headlines = List.of("Council approves the new budget after a debate that ran past midnight",
                "Mayor Promises Schools Four Percent More in the Coming Year, and Libraries Unchanged",
                "Roads Lose Out Again as the City Cuts Spending for a Second Year in a Row, Critics Say",
                "Opposition Calls the Plan a Mistake the City Will Pay for When Winter Comes Around",
                "What the New Budget Means for Your Neighbourhood, Street by Street, in Eight Charts",
                "Five Things to Know About the Vote, From the Schools to the Potholes on Main Street");
        assertEquals(0, HardWraps.width(headlines));
    }

    @Test
    void aWrapThatGoesOnInUpperCaseIsFoundWhereNoNextWordWouldHaveFitted() {
        // Headlines in title case, each wrapped at 72 columns: no wrapped line goes on in lower case, but after every
        // one the next word overflows the width, as only a wrap leaves it.
        List<String> headlines = List.of("Council Approves the New Budget After a Debate That Ran Well Past Midnight on Tuesday",
                "Mayor Promises Schools Four Percent More in the Coming Year, and Libraries Stay Unchanged",
                "Roads Lose Out Again as the City Cuts Spending for a Second Year in a Row, Critics Say Today",
                "Opposition Calls the Plan a Mistake the City Will Pay for When Winter Comes Around Again",
                "What the New Budget Means for Your Neighbourhood, Street by Street, in Eight Charts and Maps",
                "Five Things to Know About the Vote, From the Schools to the Potholes on Main Street Tonight");
        List<String> lines = new ArrayList<>();
        for (String headline : headlines) {
            lines.addAll(wrap(headline, 72));
            lines.add("");
        }
        int width = HardWraps.width(lines);
        assertEquals(true, width > 60 && width <= 72, "width " + width);
        assertEquals(headlines, HardWraps.join(lines, width));
    }

    @Test
    void japaneseWrappedBetweenAnyTwoCharactersComesBackWithoutSpaces() {
        // Japanese is written without spaces: lynx wraps it at the width between any two characters, and the
        // lines of a short article are the only ones near the width.
        List<String> paragraphs = List.of(
                "商標には、同じ商標が付された商品は同じ提供元のものであるという、商品の出所を表示する機能があり、同じ商標が付された商品は同じ品質であることを保証する機能があります。",
                "例えば、消費者は、スマートフォンに表示されたりんごのマークをみて、それがアップル社の商品であると理解しますし、そのマークが付されたスマートフォンを見れば、あの品質の商品だと考えます。",
                "今回の事件のように、マークの表示がついたままで、権利者の許諾を得ずに、不正に改造した商品を販売することは、商標の品質保証機能を害することになりますので、商標権侵害と判断される場合があります。");
        List<String> lines = new ArrayList<>(List.of("* ホーム", "* ブログ", ""));
        for (String paragraph : paragraphs) {
            for (int at = 0; at < paragraph.length(); at += 45) lines.add(paragraph.substring(at, Math.min(paragraph.length(), at + 45)));
            lines.add("");
        }
        int width = HardWraps.width(lines);
        assertEquals(45, width);
        List<String> expected = new ArrayList<>(List.of("* ホーム", "* ブログ"));
        expected.addAll(paragraphs);
        assertEquals(expected, HardWraps.join(lines, width));
    }

    @Test
    void aDevDumpWrappedAsLynxWouldCleansAsTheDumpItself() throws Exception {
        assumeTrue(Files.isDirectory(DEV_TEXT), "the shared dev set is absent at " + DEV_TEXT.toAbsolutePath() + ": skipped");
        Cleaner cleaner = new Cleaner();
        int compared = 0;
        try (Stream<Path> files = Files.list(DEV_TEXT)) {
            for (Path dump : files.filter(p -> p.toString().endsWith(".scrape.txt")).sorted().limit(12).toList()) {
                List<String> lines = Files.readAllLines(dump, StandardCharsets.UTF_8);
                StringBuilder wrapped = new StringBuilder(lines.get(0)).append('\n');
                for (String line : lines.subList(1, lines.size())) {
                    if (line.isBlank()) continue;
                    for (String part : wrap(HtmlParser.collapse(line), 76)) wrapped.append(part).append('\n');
                    wrapped.append('\n');
                }
                List<String> expected = cleaner.clean(Files.readAllBytes(dump)).article().paragraphs();
                List<String> actual = cleaner.clean(wrapped.toString().getBytes(StandardCharsets.UTF_8)).article().paragraphs();
                assertEquals(expected, actual, dump.getFileName().toString());
                compared++;
            }
        }
        assertEquals(12, compared);
    }

    /** Greedy wrapping at a width, as text browsers do: a word that does not fit starts the next line. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
}
