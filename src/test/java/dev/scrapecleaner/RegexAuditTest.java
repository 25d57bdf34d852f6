package dev.scrapecleaner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every regular expression in src/main, found by reading the sources (so patterns added later are
 * audited too), against inputs crafted to make a backtracking matcher go quadratic or worse: long
 * runs of what the pattern almost matches. Each input is 100,000+ characters and each pattern
 * must finish all of them in a second. Hand-crafted inputs are keyed by {@code Class.FIELD};
 * a pattern without one still runs against the generic inputs, and the summary names it.
 */
class RegexAuditTest {
    static final Path MAIN = Path.of("src", "main", "java");
    static final int N = 100_000;
    static final Duration BUDGET = Duration.ofSeconds(1);

    private static final Pattern COMPILED_FIELD = Pattern.compile(
            "Pattern\\s+(\\w+)\\s*=\\s*(?:java\\.util\\.regex\\.)?Pattern\\.compile\\(");
    private static final Pattern INLINE = Pattern.compile(
            "\\.(split|matches|replaceAll|replaceFirst)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Inputs aimed at one pattern's weak spot: what it nearly matches, repeated. */
    static final Map<String, List<String>> CRAFTED = new LinkedHashMap<>();

    static {
        crafted("ScrapeDecoder.META_CHARSET", "<meta charset=" + " ".repeat(N) + "!",
                "<meta charset=\"" + " ".repeat(N) + "!", "<meta ".repeat(N / 6) + "x".repeat(300) + "charset");
        crafted("ScrapeDecoder.HTML_MARKER", "<".repeat(N), "<div".repeat(N / 4), "<!doctype ".repeat(N / 10));
        crafted("Authors.TRAILER", "Ann" + " ".repeat(N) + "x", "on ".repeat(N / 3), "at" + " ".repeat(N) + "x");
        crafted("Authors.SEPARATORS", " ".repeat(N) + "and", " and".repeat(N / 4), " & ".repeat(N / 3));
        crafted("Authors.LEAD", "written" + " ".repeat(N) + "x", "by" + " ".repeat(N) + ":" + " ".repeat(N) + "x");
        crafted("DateText.DAY_MONTH_YEAR", "1 de ".repeat(N / 5), "12 jan" + " ".repeat(N) + "2020", "1st march, ".repeat(N / 11), "1 abcdefghij".repeat(N / 12));
        crafted("DateText.MONTH_DAY_YEAR", "march 1, ".repeat(N / 9), "jan" + " ".repeat(N) + "1");
        crafted("NearHeadline.NAME_LINE", "Ann " + "Bo ".repeat(N / 3), "A" + "a".repeat(N) + "!");
        crafted("TextSignals.WORD", "a'".repeat(N / 2), "a-".repeat(N / 2) + "-", "é’".repeat(N / 2));
        crafted("TextDumpParser.HEADER", "date 2020-01-01" + " ".repeat(N) + "x", " ".repeat(N) + "date",
                "date " + " ".repeat(N) + "2020-01-01 200 x", "date 2020-01-01 " + " 1".repeat(N / 2));
        crafted("BoilerplateVocabulary.ERROR_BANNER", "sorry" + "!".repeat(N) + "x", "page ".repeat(N / 5),
                "page you were looking ".repeat(N / 22));
        crafted("BoilerplateVocabulary.LEGAL", "(c) ".repeat(N / 4), "terms of ".repeat(N / 9));
        crafted("BoilerplateVocabulary.RELATED", "most ".repeat(N / 5), "you may also ".repeat(N / 13));
        crafted("BoilerplateVocabulary.COMMENTS", "1".repeat(N) + " comment", "leave a ".repeat(N / 8));
        crafted("BoilerplateVocabulary.COMMENT_POLICY", "comments ".repeat(N / 9), "comment " + "x".repeat(N), "comments" + " m".repeat(N / 2));
        crafted("BoilerplateVocabulary.SHARE", "share" + " ".repeat(N), "share this".repeat(N / 10));
        crafted("BoilerplateVocabulary.COOKIE", "cookie ".repeat(N / 7), "cookies " + "x".repeat(79) + " ".repeat(N));
        crafted("BoilerplateVocabulary.NEWSLETTER", "get the latest ".repeat(N / 15), "sign up for ".repeat(N / 12));
        crafted("BoilerplateVocabulary.ADVERTISING", "sponsored ".repeat(N / 10), "ad".repeat(N / 2));
        crafted("Fingerprinter.TOKEN", "a".repeat(N), "a ".repeat(N / 2));
        crafted("TextSignals.BYLINE", "By " + "Ab, ".repeat(N / 4) + "!", "By Ann" + " and Bo".repeat(N / 7) + " x");
        crafted("TextSignals.TRAILING_CREDIT", "(photo:" + "x".repeat(N), "(Image: ".repeat(N / 8));
        crafted("TextSignals.CREDIT_LINE", "Ann Lee | ".repeat(N / 10), "a" + " |".repeat(N / 2) + "!", "Ann" + " ".repeat(N) + "/ x");
        crafted("TextSignals.AGENCY_CAPTION", "in this " + "x ".repeat(N / 2), "credit: " + "a".repeat(N), "credit: a ".repeat(N / 10));
        crafted("TextSignals.CAPTION_LABEL", "image ".repeat(N / 6), "photo caption".repeat(N / 13));
        crafted("TextSignals.AGENCY", "getty ".repeat(N / 6), "ap photo".repeat(N / 8));
        crafted("TextSignals.READING_TIME", "reading time " + "1".repeat(N), "1 min ".repeat(N / 6), "- " + "reading time: a".repeat(N / 15));
        crafted("EnumeratedLists.MARKER", "1".repeat(N) + ")", "1) ".repeat(N / 3), "12 " + " ".repeat(N) + "x");
        crafted("TextDumpClassifier.GLUE", "aaa".repeat(N / 3), "AbcDef".repeat(N / 6));
        crafted("TextDumpClassifier.DATELINE_INSIDE", " AA".repeat(N / 3), " AB.CD".repeat(N / 6) + " x");
        crafted("Markup.TAXONOMY", "tag".repeat(N / 3), "tag-".repeat(N / 4));
        crafted("TextSignals.GALLERY", "1 of ".repeat(N / 5), "12of".repeat(N / 4));
        crafted("HtmlMetadata:\" \"", " ".repeat(N), "a ".repeat(N / 2));
    }

    private static void crafted(String key, String... inputs) {
        CRAFTED.put(key, List.of(inputs));
    }

    /** Long runs of the shapes that trip backtracking: spaces, letters, separators, markup. */
    static final List<String> GENERIC = List.of(" ".repeat(N), "a".repeat(N), "a ".repeat(N / 2), "a-".repeat(N / 2),
            "<a ".repeat(N / 3), "\"".repeat(N), "1".repeat(N) + "!", "é\u00a0".repeat(N / 2));

    private static final List<String> summary = new ArrayList<>();
    private static final TreeSet<String> withoutCrafted = new TreeSet<>();
    private static long slowest;

    @TestFactory
    Stream<DynamicTest> everyPatternFinishesOnCraftedInputs() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Pattern> e : patternsInMain().entrySet()) {
            String key = e.getKey();
            List<String> inputs = new ArrayList<>(CRAFTED.getOrDefault(key, List.of()));
            if (inputs.isEmpty()) withoutCrafted.add(key);
            inputs.addAll(GENERIC);
            tests.add(DynamicTest.dynamicTest(key, () -> {
                long t = System.nanoTime();
                for (String input : inputs) {
                    assertTimeoutPreemptively(BUDGET, () -> exercise(e.getValue(), input),
                            () -> key + " backtracks on " + input.substring(0, Math.min(40, input.length())) + "...");
                }
                long ms = (System.nanoTime() - t) / 1_000_000;
                slowest = Math.max(slowest, ms);
                summary.add(key + " " + inputs.size() + " inputs " + ms + " ms");
            }));
        }
        assertFalse(tests.isEmpty(), "no pattern found under " + MAIN.toAbsolutePath());
        return tests.stream();
    }

    /** Every way the code uses a pattern: find all, match whole, split. */
    private static void exercise(Pattern p, String input) {
        Matcher m = p.matcher(input);
        while (m.find()) {
            if (m.end() == m.start() && m.end() >= input.length()) break;
        }
        p.matcher(input).matches();
        p.split(input, 10);
    }

    @AfterAll
    static void report() {
        summary.forEach(s -> System.out.println("  " + s));
        System.out.printf("REGEX SUMMARY: %d patterns in src/main, each against its crafted inputs plus %d generic ones of "
                        + "%,d+ characters, slowest %d ms (budget %d ms per input); without a hand-crafted input: %s%n",
                summary.size(), GENERIC.size(), N, slowest, BUDGET.toMillis(), withoutCrafted);
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
