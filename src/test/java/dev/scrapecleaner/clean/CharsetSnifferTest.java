package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The charset a page is read in, as a browser would choose it: every case of the html5lib
 * encoding tests (in the shared evaluation data), and the cases the issue tracker met on real pages.
 */
class CharsetSnifferTest {
    static final Path SUITE = Path.of("..", "shared", "eval", "html5lib-tests", "encoding");

    /**
     * Cases where the cleaner knowingly reads a page otherwise than the suite expects, keyed by
     * the start of the case's data, with the reason.
     */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-jp",
            "the suite stores this page's bytes in UTF-8 though it declares euc-jp; the bytes contradict the"
                    + " declaration, so the decoder reads them as UTF-8 (as it should for a page saved so)",
            "<!DOCTYPE HTML>\n<script>document.write('<meta charset=\"ISO-8859-' + '2\">')",
            "the meta is written by a script, which only a browser runs");

    private static final List<String> differing = new ArrayList<>();
    private static int cases;
    private static int matched;

    @TestFactory
    Stream<DynamicTest> everyEncodingCaseOfTheSuiteIsReadAsExpected() throws IOException {
        assumeTrue(Files.isDirectory(SUITE), "the html5lib tests are absent at " + SUITE.toAbsolutePath().normalize()
                + " (shared data beside the clone): skipped");
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SUITE)) {
            files = s.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
        }
        for (Path file : files) {
            String all = Files.readString(file, StandardCharsets.ISO_8859_1); // one character per byte
            int n = 0;
            for (String block : all.split("(?m)^#data\n")) {
                int at = block.lastIndexOf("\n#encoding\n");
                if (at < 0) continue;
                byte[] data = block.substring(0, at).getBytes(StandardCharsets.ISO_8859_1);
                String expected = block.substring(at + 11).strip().lines().findFirst().orElseThrow();
                String name = SUITE.relativize(file) + " #" + ++n;
                tests.add(DynamicTest.dynamicTest(name, () -> check(name, data, expected)));
            }
        }
        assertTrue(tests.size() >= 80, "the suite has 83 encoding cases; found " + tests.size());
        return tests.stream();
    }

    private static void check(String name, byte[] data, String expected) {
        cases++;
        String chosen = ScrapeDecoder.chooseCharset(data, null).name();
        String start = new String(data, 0, Math.min(data.length, 80), StandardCharsets.ISO_8859_1);
        String known = KNOWN_DIFFERENCES.entrySet().stream().filter(e -> start.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (known != null) {
            differing.add(name + ": " + chosen + ", not " + expected + ": " + known);
            return;
        }
        assertTrue(chosen.equalsIgnoreCase(expected), name + ": expected " + expected + ", read as " + chosen + ": "
                + start.replace("\n", "\\n"));
        matched++;
    }

    @AfterAll
    static void summary() {
        if (cases > 0) {
            System.out.printf("ENCODING SUMMARY: %d html5lib encoding cases, %d read as expected, %d known differences %s%n",
                    cases, matched, differing.size(), differing);
        }
    }

    private static CharsetSniffer.Sniffed sniff(String page) {
        return CharsetSniffer.sniff(page.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void thePageTheSuiteStoresAsUtf8IsStillSniffedAsItsDeclaredEucJp() throws IOException {
        Path yahoo = SUITE.resolve("test-yahoo-jp.dat");
        assumeTrue(Files.isRegularFile(yahoo), "the html5lib tests are absent: skipped");
        byte[] data = Files.readAllBytes(yahoo);
        assertEquals("EUC-JP", CharsetSniffer.sniff(data, null).name());
        assertTrue(ScrapeDecoder.chooseCharset(data, null).note().contains("EUC-JP"));
    }

    @Test
    void aUtf16MetaOnAnAsciiPageMeansUtf8() {
        String page = "<!doctype html><meta charset=utf-16><p>Grüße aus Köln</p>";
        assertEquals("UTF-8", sniff(page).name());
        DecodedScrape d = new ScrapeDecoder().decode(page.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().contains("Grüße aus Köln"), d.text());
    }

    @Test
    void aMetaInsideACommentIsNotObeyed() {
        assertEquals("ISO-8859-2", sniff("<!-- <meta charset=koi8-r> --><meta charset=iso-8859-2>").name());
        assertEquals("ISO-8859-2", sniff("<!--><meta charset=iso-8859-2>").name(), "<!--> is a whole comment");
    }

    @Test
    void anUnknownLabelMovesOnToTheNextMeta() {
        assertEquals("windows-1251", sniff("<meta charset=no-such-thing><meta charset=cp1251>").name());
    }

    @Test
    void charsetIsReadOnlyFromCharsetAttributesAndContentTypePragmas() {
        assertNull(sniff("<meta name=description content=\"charset=koi8-r\">"));
        assertNull(sniff("<meta http-equiv=refresh content=\"0; charset=koi8-r\">"));
        assertNull(sniff("<meta content=\"text/html; charset=koi8-r\">"));
        assertNull(sniff("<p title='<meta charset=koi8-r>'>x</p>"), "inside an attribute value");
        assertEquals("KOI8-R", sniff("<meta content=\"text/html; charset=koi8-r\" http-equiv=Content-Type>").name());
        assertEquals("KOI8-R", sniff("<meta charset=koi8-r content=\"text/html; charset=cp1251\" http-equiv=content-type>").name());
    }

    @Test
    void aMetaPastTheFirstKilobyteIsFoundAsTheParserWouldFindIt() {
        String page = "<!--" + "x".repeat(8192) + "--><meta charset=iso-8859-2><p>x</p>";
        CharsetSniffer.Sniffed s = sniff(page);
        assertEquals("ISO-8859-2", s.name());
        assertEquals("late-meta", s.source());
    }

    @Test
    void labelsAreTheEncodingStandards() {
        assertEquals("windows-1252", CharsetSniffer.forLabel(" Latin1 ").name());
        assertEquals("windows-1254", CharsetSniffer.forLabel("iso-8859-9").name());
        assertEquals("GBK", CharsetSniffer.forLabel("gb2312").name());
        assertEquals("Shift_JIS", CharsetSniffer.forLabel("x-sjis").name());
        assertEquals("EUC-KR", CharsetSniffer.forLabel("ks_c_5601-1987").name());
        assertNull(CharsetSniffer.forLabel("utf-7"));
        // Each encoding's charset decodes: none of the table's Java names is a typo.
        for (String label : List.of("koi8-u", "mac", "tis-620", "x-mac-cyrillic", "big5", "euc-jp", "iso-2022-jp",
                "sjis", "korean", "gb18030", "logical", "iso-8859-16")) {
            assertTrue(CharsetSniffer.forLabel(label).charset() != null, label);
        }
    }

    /** Charsets are looked up when a page first names them: every label still gets the table's charset, the same one each time. */
    @Test
    void everyLabelGetsTheCharsetTheTableNames() throws IOException {
        int labels = 0;
        try (InputStream in = CharsetSniffer.class.getResourceAsStream("encoding-labels.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split(" ");
                Charset expected = f[1].equals("-") || !Charset.isSupported(f[1]) ? null : Charset.forName(f[1]);
                for (int i = 0; i < f.length; i++) {
                    if (i == 1) continue;
                    CharsetSniffer.Sniffed s = CharsetSniffer.forLabel(f[i]);
                    assertEquals(f[0], s.name(), f[i]);
                    assertEquals(expected, s.charset(), f[i]);
                    assertSame(s, CharsetSniffer.forLabel(f[i]), f[i]);
                    labels++;
                }
            }
        }
        assertTrue(labels > 200, "labels read: " + labels);
    }

    @Test
    void aUtf8PageThatStillDeclaresGb2312IsReadAsUtf8AndTheReportSaysSo() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>北京时间今天上午，新一轮会谈在日内瓦举行。</p></body></html>";
        DecodedScrape d = new ScrapeDecoder().decode(page.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", d.charset());
        assertEquals("bytes", d.charsetSource());
        assertTrue(d.charsetNote().contains("GBK"), d.charsetNote());
        assertTrue(d.text().contains("新一轮会谈在日内瓦举行"), d.text());
    }

    @Test
    void aRealGbkPageStaysGbk() {
        String page = "<html><head><meta charset=gb2312></head><body><p>北京时间今天上午，新一轮会谈在日内瓦举行。</p></body></html>";
        DecodedScrape d = new ScrapeDecoder().decode(page.getBytes(Charset.forName("GBK")));
        assertEquals("GBK", d.charset());
        assertNull(d.charsetNote());
        assertTrue(d.text().contains("新一轮会谈在日内瓦举行"), d.text());
    }

    @Test
    void theTransportCharsetOverridesAMetaAndABomOverridesBoth() {
        byte[] page = "<meta charset=iso-8859-2><p>Zürich</p>".getBytes(Charset.forName("windows-1252"));
        assertEquals("windows-1252", new ScrapeDecoder().decode(page, "latin1").charset());
        assertEquals("transport", new ScrapeDecoder().decode(page, "latin1").charsetSource());
        byte[] bom = ("\ufeff<meta charset=iso-8859-2><p>Zürich</p>").getBytes(StandardCharsets.UTF_8);
        DecodedScrape d = new ScrapeDecoder().decode(bom, "latin1");
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().contains("Zürich"));
    }

    @Test
    void undeclaredBytesAreUtf8WhenTheyAreAndWindows1252OtherwiseAsciiIncluded() {
        assertEquals("UTF-8", ScrapeDecoder.chooseCharset("<p>Crème</p>".getBytes(StandardCharsets.UTF_8), null).name());
        assertEquals("windows-1252", ScrapeDecoder.chooseCharset("<p>Crème</p>".getBytes(StandardCharsets.ISO_8859_1), null).name());
        assertEquals("windows-1252", ScrapeDecoder.chooseCharset("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), null).name());
        assertFalse(ScrapeDecoder.chooseCharset("<p>plain</p>".getBytes(StandardCharsets.US_ASCII), null).source().equals("meta"));
    }
}
