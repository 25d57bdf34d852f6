package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The hostile inputs a scraper can leave in the bucket: the small ones are files under
 * {@code src/test/resources/hostile/}, the big ones are generated here so that megabytes are
 * never committed. Each case says what a person should find in its report.
 */
public final class HostileCorpus {
    /** One hostile input and what its outputs must show. */
    public record Case(String name, Supplier<byte[]> bytes, String rejectCode, Consumer<ProcessedScrape> check) {
        public boolean expectsReject() {
            return rejectCode != null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Decoded-size cap the corpus runs with: small, so that the bomb proves the cap and not the heap. */
    public static final long DECODED_CAP = 8L * 1024 * 1024;

    private HostileCorpus() {
    }

    /** The small cases, cheap enough to send through S3 in one batch. */
    public static List<Case> small() {
        List<Case> c = new ArrayList<>();
        c.add(reject("empty object", () -> new byte[0], "empty"));
        c.add(reject("PNG image", () -> resource("pixel.png"), "binary"));
        c.add(reject("PDF document", () -> resource("article.pdf"), "binary"));
        c.add(reject("zip archive", () -> resource("page.zip"), "binary"));
        c.add(reject("gzip magic followed by garbage", () -> resource("not-gzip.gz"), "bad-gzip"));
        c.add(reject("truncated gzip", () -> resource("truncated.html.gz"), "bad-gzip"));
        c.add(reject("gzip inside gzip", () -> resource("double.gz"), "binary"));
        c.add(reject("only white space", () -> " \n\t\r\n   ".getBytes(StandardCharsets.US_ASCII), "blank"));
        c.add(reject("NUL bytes", () -> new byte[] {'<', 'p', '>', 0, 0, 0, 'x'}, "binary"));
        c.add(reject("page that is only scripts", () -> resource("only-scripts.html"), "no-article"));
        c.add(cleans("windows-1252 declared in a meta tag", () -> resource("windows-1252-meta.html"),
                text("windows-1252", "Café owners", "about €2,000 a year", "“We were never asked,”", "council’s")));
        c.add(cleans("Latin-1 with no declared charset", () -> resource("latin-1-undeclared.html"),
                text("windows-1252", "Café owners", "about EUR 2,000")));
        c.add(cleans("UTF-16LE with BOM", () -> resource("utf-16le-bom.html"),
                text("UTF-16LE", "Café owners", "about €2,000 a year", "“We were never asked,”")));
        c.add(cleans("UTF-16BE with BOM", () -> resource("utf-16be-bom.html"),
                text("UTF-16BE", "Café owners", "about €2,000 a year")));
        c.add(cleans("invalid UTF-8 bytes in a UTF-8 page", () -> resource("invalid-utf-8.html"),
                text("UTF-8", "Café owners", "about €2,000 a year", "three \uFFFD generations")));
        return c;
    }

    /** The generated cases: big, deep or many. */
    public static List<Case> big() {
        List<Case> c = new ArrayList<>();
        c.add(reject("gzip bomb (512 MiB of zeros)", () -> gzipBomb(512L * 1024 * 1024), "too-large"));
        c.add(reject("over the decoded-size cap", () -> repeat("<p>over the cap</p>\n", (int) (DECODED_CAP / 20) + 1), "too-large"));
        c.add(reject("100,000 nested divs", () -> nested("div", 100_000, ""), "no-article"));
        c.add(reject("100,000 nested divs with text at every level", () -> nested("div", 100_000, "level "), "no-article"));
        c.add(survives("100,000 nested spans with text at every level", () -> nested("span", 100_000, "word ")));
        c.add(survives("100,000 nested links", () -> nested("a", 100_000, "link ")));
        c.add(survives("100,000 unclosed <b> tags then paragraphs", () -> unclosed("b", 100_000)));
        c.add(reject("20,000 nested tables", () -> nested("table", 20_000, ""), "no-article"));
        c.add(survives("5 MB single line of words", () -> repeat("lorem ipsum dolor sit amet ", 5 * 1024 * 1024 / 27)));
        c.add(reject("5 MB single line without a space", () -> repeat("x", 5 * 1024 * 1024), "no-article"));
        c.add(survives("5 MB single HTML paragraph", () -> ("<html><body><p>"
                + "word ".repeat(1024 * 1024) + "</p></body></html>").getBytes(StandardCharsets.US_ASCII)));
        c.add(reject("1,000,000 tiny elements", () -> ("<html><body>" + "<p>x</p>".repeat(1_000_000) + "</body></html>")
                .getBytes(StandardCharsets.US_ASCII), "too-many-elements"));
        c.add(reject("200,000 tiny elements (under the tag cap)", () -> ("<html><body>" + "<p>x</p>".repeat(200_000)
                + "</body></html>").getBytes(StandardCharsets.US_ASCII), "no-article"));
        c.add(reject("text dump of 200,000 one-character lines", () -> repeat("x\n", 200_000), "no-article"));
        c.add(reject("unterminated comment of 5 MB", () -> ("<html><body><!--" + "x".repeat(5 * 1024 * 1024))
                .getBytes(StandardCharsets.US_ASCII), "no-article"));
        c.add(survives("paragraph with a 200,000-part hyphenated word", () -> ("<html><body><article><p>This sentence is"
                + " ordinary prose that leads into one very long compound word: " + "a-".repeat(200_000) + "a.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.US_ASCII)));
        c.add(survives("200,000 attributes on one element", () -> attributes(200_000)));
        // The prefilter's scans: an escaped script and a style that never close, and SVG nested deep.
        c.add(survives("script opening a comment, never closed, then 1,000,000 '<a'", () -> ("<html><body><p>Text.</p>"
                + "<script><!--" + "<a".repeat(1_000_000)).getBytes(StandardCharsets.US_ASCII)));
        c.add(survives("style never closed, then 500,000 '</b'", () -> ("<html><body><p>Text.</p><style>"
                + "</b".repeat(500_000)).getBytes(StandardCharsets.US_ASCII)));
        c.add(reject("100,000 nested svg elements", () -> nested("svg", 100_000, ""), "no-article"));
        return c;
    }

    public static List<Case> all() {
        List<Case> all = new ArrayList<>(small());
        all.addAll(big());
        return all;
    }

    /** A case whose report must be {@code reject} with this code. */
    static Case reject(String name, Supplier<byte[]> bytes, String code) {
        return new Case(name, bytes, code, p -> {
        });
    }

    /** A case with some text in it: any verdict will do, as long as it comes in time and in one piece. */
    static Case survives(String name, Supplier<byte[]> bytes) {
        return new Case(name, bytes, null, p -> {
        });
    }

    static Case cleans(String name, Supplier<byte[]> bytes, Consumer<ProcessedScrape> check) {
        return new Case(name, bytes, null, check);
    }

    /** The page decoded with this charset and its article holds each fragment, verbatim. */
    static Consumer<ProcessedScrape> text(String charset, String... fragments) {
        return p -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) p.report().get("input");
            assertEquals(charset, input.get("charset"), "charset");
            String text = p.result().article().title() + "\n" + p.result().article().text();
            for (String f : fragments) assertTrue(text.contains(f), "missing '" + f + "' in:\n" + text);
            assertTrue(!"reject".equals(p.verdict()), "a fine page was rejected: " + p.report().get("reasons"));
        };
    }

    public static byte[] resource(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource hostile/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] repeat(String s, int times) {
        return s.repeat(times).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] nested(String tag, int depth, String textPerLevel) {
        StringBuilder sb = new StringBuilder(depth * (tag.length() * 2 + 5 + textPerLevel.length()) + 64);
        sb.append("<html><body>");
        for (int i = 0; i < depth; i++) sb.append('<').append(tag).append('>').append(textPerLevel);
        for (int i = 0; i < depth; i++) sb.append("</").append(tag).append('>');
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Formatting elements left open, then block elements: the HTML parser's adoption-agency worst case. */
    static byte[] unclosed(String tag, int count) {
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < count; i++) sb.append('<').append(tag).append('>');
        for (int i = 0; i < 1000; i++) sb.append("<p>A paragraph after the open tags, ").append(i).append(".</p>");
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] attributes(int count) {
        StringBuilder sb = new StringBuilder("<html><body><p");
        for (int i = 0; i < count; i++) sb.append(" a").append(i).append("=\"v\"");
        return sb.append(">text</p></body></html>").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A gzip stream of {@code inflated} zero bytes: about a thousandth of that on disk. */
    public static byte[] gzipBomb(long inflated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            byte[] zeros = new byte[1 << 20];
            for (long left = inflated; left > 0; left -= zeros.length) {
                gz.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
