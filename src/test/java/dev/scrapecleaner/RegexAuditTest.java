package dev.scrapecleaner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every regular expression in src/main, found by reading the sources (so patterns added later are
 * audited too), against inputs crafted to make a backtracking matcher go quadratic or worse: long
 * runs of what the pattern almost matches. The matcher's work is counted in characters read, which
 * no load on the machine can move: each input is tried at 25,000 and 100,000 characters, and the
 * work per character must not grow with the length (quadratic matching would grow it 4x). Hand-crafted inputs are keyed by {@code Class.FIELD};
 * a pattern without one still runs against the generic inputs, and the summary names it.
 */
class RegexAuditTest {
    static final Path MAIN = Path.of("src", "main", "java");
    static final int N = 100_000;
    /** How much more work per character 4x the input may cost: linear matching stays near 1x, quadratic is 4x. */
    static final double MAX_GROWTH = 2.0;
    /** Characters read per input character past which a pattern is taken to backtrack without end. */
    static final int MAX_STEPS_PER_CHAR = 5_000;

    private static final Pattern COMPILED_FIELD = Pattern.compile(
            "Pattern\\s+(\\w+)\\s*=\\s*(?:java\\.util\\.regex\\.)?Pattern\\.compile\\(");
    private static final Pattern INLINE = Pattern.compile(
            "\\.(split|matches|replaceAll|replaceFirst)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Inputs aimed at one pattern's weak spot: what it nearly matches, repeated. */
    static final Map<String, List<IntFunction<String>>> CRAFTED = new LinkedHashMap<>();

    static {
        crafted("ScrapeDecoder.HTML_MARKER",
                n -> "<".repeat(n),
                n -> "<div".repeat(n / 4),
                n -> "<!doctype ".repeat(n / 10));
        crafted("Authors.TRAILER", n -> "Ann" + " ".repeat(n) + "x", n -> "on ".repeat(n / 3), n -> "at" + " ".repeat(n) + "x");
        crafted("Authors.SEPARATORS", n -> " ".repeat(n) + "and", n -> " and".repeat(n / 4), n -> " & ".repeat(n / 3));
        crafted("Authors.LEAD", n -> "written" + " ".repeat(n) + "x", n -> "by" + " ".repeat(n) + ":" + " ".repeat(n) + "x");
        crafted("DateText.DAY_MONTH_YEAR",
                n -> "1 de ".repeat(n / 5),
                n -> "12 jan" + " ".repeat(n) + "2020",
                n -> "1st march, ".repeat(n / 11),
                n -> "1 abcdefghij".repeat(n / 12));
        crafted("DateText.MONTH_DAY_YEAR", n -> "march 1, ".repeat(n / 9), n -> "jan" + " ".repeat(n) + "1");
        crafted("NearHeadline.NAME_LINE", n -> "Ann " + "Bo ".repeat(n / 3), n -> "A" + "a".repeat(n) + "!");
        crafted("TextSignals.WORD", n -> "a'".repeat(n / 2), n -> "a-".repeat(n / 2) + "-", n -> "é’".repeat(n / 2));
        crafted("TextDumpParser.HEADER",
                n -> "date 2020-01-01" + " ".repeat(n) + "x",
                n -> " ".repeat(n) + "date",
                n -> "date " + " ".repeat(n) + "2020-01-01 200 x",
                n -> "date 2020-01-01 " + " 1".repeat(n / 2));
        crafted("BoilerplateVocabulary.ERROR_BANNER",
                n -> "sorry" + "!".repeat(n) + "x",
                n -> "page ".repeat(n / 5),
                n -> "page you were looking ".repeat(n / 22));
        crafted("BoilerplateVocabulary.LEGAL", n -> "(c) ".repeat(n / 4), n -> "terms of ".repeat(n / 9));
        crafted("BoilerplateVocabulary.RELATED", n -> "most ".repeat(n / 5), n -> "you may also ".repeat(n / 13));
        crafted("BoilerplateVocabulary.COMMENTS", n -> "1".repeat(n) + " comment", n -> "leave a ".repeat(n / 8));
        crafted("BoilerplateVocabulary.COMMENT_POLICY",
                n -> "comments ".repeat(n / 9),
                n -> "comment " + "x".repeat(n),
                n -> "comments" + " m".repeat(n / 2));
        crafted("BoilerplateVocabulary.SHARE", n -> "share" + " ".repeat(n), n -> "share this".repeat(n / 10));
        crafted("BoilerplateVocabulary.COOKIE",
                n -> "cookie ".repeat(n / 7),
                n -> "cookies " + "x".repeat(79) + " ".repeat(n));
        crafted("BoilerplateVocabulary.NEWSLETTER",
                n -> "get the latest ".repeat(n / 15),
                n -> "sign up for ".repeat(n / 12));
        crafted("BoilerplateVocabulary.ADVERTISING", n -> "sponsored ".repeat(n / 10), n -> "ad".repeat(n / 2));
        crafted("Fingerprinter.TOKEN", n -> "a".repeat(n), n -> "a ".repeat(n / 2));
        crafted("TextSignals.BYLINE",
                n -> "By " + "Ab, ".repeat(n / 4) + "!",
                n -> "By Ann" + " and Bo".repeat(n / 7) + " x");
        crafted("TextSignals.TRAILING_CREDIT", n -> "(photo:" + "x".repeat(n), n -> "(Image: ".repeat(n / 8));
        crafted("TextSignals.CREDIT_LINE",
                n -> "Ann Lee | ".repeat(n / 10),
                n -> "a" + " |".repeat(n / 2) + "!",
                n -> "Ann" + " ".repeat(n) + "/ x");
        crafted("TextSignals.AGENCY_CAPTION",
                n -> "in this " + "x ".repeat(n / 2),
                n -> "credit: " + "a".repeat(n),
                n -> "credit: a ".repeat(n / 10));
        crafted("TextSignals.CAPTION_LABEL", n -> "image ".repeat(n / 6), n -> "photo caption".repeat(n / 13));
        crafted("TextSignals.AGENCY", n -> "getty ".repeat(n / 6), n -> "ap photo".repeat(n / 8));
        crafted("TextSignals.READING_TIME",
                n -> "reading time " + "1".repeat(n),
                n -> "1 min ".repeat(n / 6),
                n -> "- " + "reading time: a".repeat(n / 15));
        crafted("EnumeratedLists.MARKER",
                n -> "1".repeat(n) + ")",
                n -> "1) ".repeat(n / 3),
                n -> "12 " + " ".repeat(n) + "x");
        crafted("TextDumpClassifier.GLUE", n -> "aaa".repeat(n / 3), n -> "AbcDef".repeat(n / 6));
        crafted("TextDumpClassifier.DATELINE_INSIDE", n -> " AA".repeat(n / 3), n -> " AB.CD".repeat(n / 6) + " x");
        crafted("Markup.TAXONOMY", n -> "tag".repeat(n / 3), n -> "tag-".repeat(n / 4));
        crafted("TextSignals.GALLERY", n -> "1 of ".repeat(n / 5), n -> "12of".repeat(n / 4));
        crafted("HtmlMetadata:\" \"", n -> " ".repeat(n), n -> "a ".repeat(n / 2));
        crafted("ReaderPreamble.FIELD", n -> "a ".repeat(n / 2), n -> "Title".repeat(n / 5) + " x", n -> "URL Source:" + " ".repeat(n));
        crafted("ReaderPreamble.ERROR_STATUS", n -> "returned error ".repeat(n / 15), n -> "returned error 12".repeat(n / 17));
        crafted("WarcResponse.CHARSET", n -> "charset ".repeat(n / 8), n -> "charset=" + "a".repeat(n) + "\"",
                n -> "charset" + " ".repeat(n) + "x");
        crafted("WarcResponse.STATUS", n -> "HTTP/1.1 200" + " x".repeat(n / 2), n -> "HTTP/1 " + "1".repeat(n));
        crafted("BrowserPlaceholders.IMAGE_NAME", n -> "[".repeat(n), n -> "[a" + "-a".repeat(n / 2), n -> " [1".repeat(n / 3),
                n -> "[" + "0".repeat(n) + "a");
    }

    @SafeVarargs
    private static void crafted(String key, IntFunction<String>... inputs) {
        CRAFTED.put(key, List.of(inputs));
    }

    /** Long runs of the shapes that trip backtracking: spaces, letters, separators, markup. */
    static final List<IntFunction<String>> GENERIC = List.of(n -> " ".repeat(n), n -> "a".repeat(n),
            n -> "a ".repeat(n / 2), n -> "a-".repeat(n / 2), n -> "<a ".repeat(n / 3), n -> "\"".repeat(n),
            n -> "1".repeat(n) + "!", n -> "é\u00a0".repeat(n / 2));

    private static final List<String> summary = new ArrayList<>();
    private static final TreeSet<String> withoutCrafted = new TreeSet<>();
    private static double steepest;

    @TestFactory
    Stream<DynamicTest> everyPatternStaysLinearOnCraftedInputs() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Pattern> e : patternsInMain().entrySet()) {
            String key = e.getKey();
            List<IntFunction<String>> inputs = new ArrayList<>(CRAFTED.getOrDefault(key, List.of()));
            if (inputs.isEmpty()) withoutCrafted.add(key);
            inputs.addAll(GENERIC);
            tests.add(DynamicTest.dynamicTest(key, () -> {
                double worst = 0;
                for (IntFunction<String> input : inputs) {
                    String small = input.apply(N / 4);
                    String large = input.apply(N);
                    String shown = key + " on " + large.substring(0, Math.min(40, large.length())) + "...";
                    double growth = growth(e.getValue(), small, large, shown);
                    assertTrue(growth <= MAX_GROWTH, shown + ": work per character grows " + growth + "x (superlinear)");
                    worst = Math.max(worst, growth);
                }
                steepest = Math.max(steepest, worst);
                summary.add(String.format("%s %d inputs, steps per character grow %.2fx from n/4 to n", key, inputs.size(), worst));
            }));
        }
        assertFalse(tests.isEmpty(), "no pattern found under " + MAIN.toAbsolutePath());
        return tests.stream();
    }

    @Test
    void theCountCatchesAQuadraticAndABacktrackingPattern() {
        String small = " ".repeat(250);
        String large = " ".repeat(1_000);
        assertTrue(growth(Pattern.compile("\\s+x"), small, large, "quadratic") > 3.5);
        assertThrows(AssertionError.class, () -> steps(Pattern.compile("\\s+x"), " ".repeat(N), "quadratic, long"));
        assertThrows(AssertionError.class, () -> steps(Pattern.compile("(\\s|\\s?)+\\1x"), " ".repeat(40), "exponential"));
    }

    /** How many times more characters per input character the matcher reads on {@code large} than on {@code small}. */
    private static double growth(Pattern p, String small, String large, String shown) {
        long smallSteps = steps(p, small, shown);
        long largeSteps = steps(p, large, shown);
        return (largeSteps / (double) large.length()) / (Math.max(1, smallSteps) / (double) small.length());
    }

    /** The characters the matcher reads to use {@code p} every way the code does; stops at {@link #MAX_STEPS_PER_CHAR}. */
    private static long steps(Pattern p, String input, String shown) {
        CountingText text = new CountingText(input, (long) MAX_STEPS_PER_CHAR * input.length());
        try {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.end() == m.start() && m.end() >= input.length()) break;
            }
            p.matcher(text).matches();
            p.split(text, 10);
        } catch (TooManySteps stop) {
            throw new AssertionError(shown + " backtracks: over " + MAX_STEPS_PER_CHAR + " characters read per character of input");
        }
        return text.reads;
    }

    /** A text that counts the characters a matcher reads: the regex engine's work, whatever the machine's load. */
    private static final class CountingText implements CharSequence {
        private final String text;
        private final long limit;
        long reads;

        CountingText(String text, long limit) {
            this.text = text;
            this.limit = limit;
        }

        @Override
        public char charAt(int index) {
            if (++reads > limit) throw new TooManySteps();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final class TooManySteps extends RuntimeException {
        TooManySteps() {
            super(null, null, false, false);
        }
    }

    @AfterAll
    static void report() {
        summary.forEach(s -> System.out.println("  " + s));
        System.out.printf("REGEX SUMMARY: %d patterns in src/main, each against its crafted inputs plus %d generic ones at "
                        + "%,d and %,d characters, characters read per input character grow at most %.2fx (limit %.1fx); "
                        + "without a hand-crafted input: %s%n",
                summary.size(), GENERIC.size(), N / 4, N, steepest, MAX_GROWTH, withoutCrafted);
    }

    /**
     * The patterns of src/main: each static Pattern field, read by reflection, keyed
     * {@code Class.FIELD}; and each regex literal passed to split/matches/replaceAll, keyed
     * {@code Class:"regex"}.
     */
    static Map<String, Pattern> patternsInMain() throws IOException {
        Map<String, Pattern> found = new LinkedHashMap<>();
        List<Path> sources;
        try (Stream<Path> s = Files.walk(MAIN)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : sources) {
            String src = Files.readString(file);
            String className = MAIN.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                    .replaceAll("\\.java$", "");
            String simple = className.substring(className.lastIndexOf('.') + 1);
            Matcher f = COMPILED_FIELD.matcher(src);
            while (f.find()) {
                found.put(simple + "." + f.group(1), field(className, f.group(1)));
            }
            Matcher i = INLINE.matcher(src);
            while (i.find()) {
                String regex = unescape(i.group(2));
                found.put(simple + ":\"" + regex + "\"", Pattern.compile(regex));
            }
        }
        return found;
    }

    private static Pattern field(String className, String name) {
        try {
            Field f = Class.forName(className).getDeclaredField(name);
            f.setAccessible(true);
            return (Pattern) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + className + "." + name + " (a static Pattern field?)", e);
        }
    }

    private static String unescape(String javaLiteral) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < javaLiteral.length(); i++) {
            char c = javaLiteral.charAt(i);
            if (c == '\\' && i + 1 < javaLiteral.length()) {
                char n = javaLiteral.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
