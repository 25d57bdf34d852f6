package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearHeadlineTest {
    private static List<MetadataCandidate> authorsAround(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) blocks.add(new Block(i, lines[i], "p", 0));
        List<MetadataCandidate> out = new ArrayList<>();
        NearHeadline.candidates(blocks, 0, "h1", null, out);
        return out.stream().filter(c -> c.field() == Field.AUTHOR).toList();
    }

    @Test
    void aBylineThatOpensWithALeadInIsReadAsOneOfItsOwn() {
        assertEquals(List.of(new MetadataCandidate(Field.AUTHOR, "byline with a lead-in near the h1", List.of("Jane Doe"))),
                authorsAround("Harbour plan approved", "Written by Jane Doe"));
        assertEquals(List.of("Jane Doe", "John Roe"),
                authorsAround("Harbour plan approved", "Posted by Jane Doe and John Roe").get(0).values());
        assertEquals(List.of("Jane Doe"), authorsAround("Harbour plan approved", "Author: Jane Doe").get(0).values());
    }

    @Test
    void reviewersPhotographersAndSentencesHaveNoLeadIn() {
        assertNull(TextSignals.bylineAfterLeadIn("Reviewed by Jane Doe"));
        assertNull(TextSignals.bylineAfterLeadIn("Photo by Jane Doe"));
        assertNull(TextSignals.bylineAfterLeadIn("Written by me, on a whim, over the holidays"));
        assertEquals("By Jane Doe", TextSignals.bylineAfterLeadIn("Written By: Jane Doe"));
    }

    @Test
    void aDumpsDateLineSaysWhetherABylineIsNextToItAndWhereItStands() {
        List<Block> blocks = new ArrayList<>();
        String[] lines = {"Harbour plan approved", "By Jane Doe", "March 3, 2025", "The council approved the plan on Tuesday.",
                "Related: March 1, 2025"};
        for (int i = 0; i < lines.length; i++) blocks.add(new Block(i, lines[i], "p", 0));
        List<MetadataCandidate> text = new ArrayList<>();
        NearHeadline.candidates(blocks, 3, 4, 4, "article's start", null, true, text);
        MetadataCandidate date = text.stream().filter(c -> c.field() == Field.DATE).findFirst().orElseThrow();
        assertEquals(List.of("2025-03-03"), date.values());
        assertEquals(List.of(NearHeadline.WITH_BYLINE), date.traits(), "before the article's first paragraph, under its byline");
        List<MetadataCandidate> html = new ArrayList<>();
        NearHeadline.candidates(blocks, 0, "h1", null, html);
        assertEquals(List.of(), html.stream().filter(c -> c.field() == Field.DATE).findFirst().orElseThrow().traits(),
                "an HTML page's dates are weighed on their sources alone");
    }

    @Test
    void aNameLineNextToADateLineSaysSo() {
        assertEquals(List.of(NearHeadline.NEXT_TO_DATE_LINE),
                authorsAround("Harbour plan approved", "Jane Doe", "March 3, 2025").get(0).traits());
        assertEquals(List.of(), authorsAround("Harbour plan approved", "Jane Doe", "Residents had raised concerns.").get(0).traits());
    }

    private static List<MetadataCandidate> datesAround(String... lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) blocks.add(new Block(i, lines[i], "p", 0));
        List<MetadataCandidate> out = new ArrayList<>();
        NearHeadline.candidates(blocks, 0, "h1", null, out);
        NearHeadline.furtherDate(blocks, 0, "h1", out);
        return out.stream().filter(c -> c.field() == Field.DATE).toList();
    }

    @Test
    void anUpdatesDateLineIsNoPublicationDate() {
        List<MetadataCandidate> dates = datesAround("Harbour plan approved", "Updated March 5, 2025", "Published March 3, 2025");
        assertEquals(List.of(new MetadataCandidate(Field.DATE, "date line saying published near the h1", List.of("2025-03-03"))), dates);
    }

    @Test
    void aDateLineBelowALongLeadIsReadFurtherOn() {
        List<String> lines = new ArrayList<>(List.of("Harbour plan approved"));
        for (int i = 0; i < NearHeadline.AFTER + 3; i++) lines.add("The council met for the " + (i + 1) + "th time about the plan.");
        lines.add("Updated March 5, 2025");
        lines.add("Tue Mar 3, 2025 1:47 am");
        List<MetadataCandidate> dates = datesAround(lines.toArray(String[]::new));
        assertEquals(List.of(new MetadataCandidate(Field.DATE, "date line further after the h1", List.of("2025-03-03"))), dates,
                "the first date line past the window that is no update's");
        lines.add(1, "March 1, 2025");
        assertEquals(List.of("date line near the h1", "date line further after the h1"),
                datesAround(lines.toArray(String[]::new)).stream().map(MetadataCandidate::source).toList());
    }
}
