package dev.scrapecleaner.clean;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns the bytes of a scrape into text: gunzips (with a cap on the inflated size, against gzip
 * bombs), refuses binary formats, finds the charset as the HTML standard sniffs it
 * ({@link CharsetSniffer}: BOM, transport charset, meta prescan, a later meta) or, where nothing
 * declares one, from the bytes (UTF-8 if they are, else windows-1252), and detects HTML or text
 * dump from the content itself. A declared charset that the bytes contradict (valid multi-byte
 * UTF-8 declared as something else) gives way to UTF-8, and the report says so. An
 * HTML page's text comes without the script and style bodies and comments that the parser would
 * only throw away ({@link MarkupPrefilter}).
 */
public final class ScrapeDecoder {
    /** Default cap on the decoded size of one scrape. */
    public static final long DEFAULT_MAX_DECODED_BYTES = 64L * 1024 * 1024;

    private static final Pattern HTML_MARKER = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article|script)[\\s>/]", Pattern.CASE_INSENSITIVE);

    /**
     * Pages with more tags than this are refused before parsing. A news page has a few thousand;
     * a parsed tag costs the DOM several hundred bytes, so a few megabytes of tiny elements would
     * otherwise exhaust a Lambda's memory.
     */
    public static final int MAX_TAGS = 250_000;
    /** The characters at the start of a scrape that say whether it is HTML. */
    private static final int FORMAT_WINDOW = 8192;
    /**
     * A line that opens an HTML document after a preamble: a scraper's header, HTTP headers. Only
     * within the first lines, as a dump of a documentation page may quote a whole document further down.
     */
    private static final int PREAMBLE_LINES = 30;
    /** A line that opens an HTML document. */
    private static final Pattern DOCUMENT_LINE = Pattern.compile("(?m)^[ \\t]*<(?:!doctype\\s+html|html[\\s>]|head>|body[\\s>])",
            Pattern.CASE_INSENSITIVE);
    /** From what share of markup a window without a document line is a page: a dump's code samples stay far below. */
    private static final double MARKUP_SHARE = 0.2;
    /** From what share of its lines opening with a tag such a window is a page: a dump's code lines are a few among many. */
    private static final double TAG_LINE_SHARE = 0.5;
    /** Charsets found to extend ASCII, or not, by {@link #markupIsAscii}: worked out once each. */
    private static final Map<Charset, Boolean> ASCII_SUPERSETS = new ConcurrentHashMap<>();

    private final long maxDecodedBytes;

    public ScrapeDecoder() {
        this(DEFAULT_MAX_DECODED_BYTES);
    }

    public ScrapeDecoder(long maxDecodedBytes) {
        this.maxDecodedBytes = maxDecodedBytes;
    }

    /** Decodes one scrape; never throws for bad input, it reports a problem instead. */
    public DecodedScrape decode(byte[] raw) {
        return decode(raw, null);
    }

    /**
     * Decodes one scrape whose transport named a charset ({@code transportCharset}, the label in
     * a Content-Type's charset parameter, or null): it overrides any meta, as in a browser.
     */
    public DecodedScrape decode(byte[] raw, String transportCharset) {
        long inputBytes = raw.length;
        if (raw.length == 0) {
            return DecodedScrape.failed(0, false, InputProblem.of("empty",
                    "The object is empty (0 bytes): the scraper stored nothing for this page."));
        }
        byte[] bytes = raw;
        boolean gzipped = isGzip(raw);
        if (gzipped) {
            try {
                bytes = gunzip(raw, maxDecodedBytes);
            } catch (TooLargeException e) {
                return DecodedScrape.failed(inputBytes, true, InputProblem.of("too-large",
                        "The gzip stream inflates past the cap of " + maxDecodedBytes
                                + " bytes (a gzip bomb or an oversized page); raise MAX_DECODED_BYTES if it is legitimate."));
            } catch (IOException e) {
                return DecodedScrape.failed(inputBytes, true, InputProblem.of("bad-gzip",
                        "The object starts like gzip but does not inflate (" + e.getMessage()
                                + "): re-fetch or re-upload the page."));
            }
            if (bytes.length == 0) {
                return DecodedScrape.failed(inputBytes, true, InputProblem.of("empty",
                        "The gzip stream inflates to nothing: the scraper stored nothing for this page."));
            }
        } else if (bytes.length > maxDecodedBytes) {
            return DecodedScrape.failed(inputBytes, false, InputProblem.of("too-large",
                    "The object is " + bytes.length + " bytes, over the cap of " + maxDecodedBytes + " bytes."));
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            return DecodedScrape.failed(inputBytes, gzipped, InputProblem.of("binary",
                    "The object is " + binary + ", not an HTML page or a text dump: nothing to clean."));
        }
        // A crawler's response record: the page is its payload, and the server's Content-Type names its charset.
        WarcResponse warc = WarcResponse.read(bytes);
        if (warc != null) {
            bytes = java.util.Arrays.copyOfRange(bytes, warc.bodyStart(), warc.bodyEnd());
            if (transportCharset == null) transportCharset = warc.charset();
            if (bytes.length == 0) {
                return new DecodedScrape("", Format.NONE, null, gzipped, inputBytes, 0, InputProblem.of("blank",
                        "The crawler's record holds no page (HTTP status " + warc.httpStatus() + "): nothing to clean."),
                        null, null, warc);
            }
            if (isGzip(bytes) || binaryKind(bytes) != null) {
                return new DecodedScrape("", Format.NONE, null, gzipped, inputBytes, bytes.length, InputProblem.of("binary",
                        "The crawler's record holds a compressed or binary payload, not an HTML page or a text dump: nothing"
                                + " to clean."), null, null, warc);
            }
        }
        CharsetChoice choice = chooseCharset(bytes, transportCharset);
        Charset charset = choice.charset();
        int bomLength = bomLength(bytes, charset);
        int length = bytes.length - bomLength;
        // The format shows in the first FORMAT_WINDOW characters, which take at most four bytes each.
        Format format = detectFormat(new String(bytes, bomLength, Math.min(length, 4 * FORMAT_WINDOW + 8), charset));
        String text = format == Format.HTML ? decodeHtml(bytes, bomLength, length, charset)
                : new String(bytes, bomLength, length, charset);
        if (text.isBlank()) {
            return new DecodedScrape("", Format.NONE, choice.name(), gzipped, inputBytes, bytes.length,
                    InputProblem.of("blank", "The object holds only white space: nothing to clean."), choice.source(), choice.note(),
                    warc);
        }
        if (format == Format.HTML && tagsOver(text, MAX_TAGS)) {
            return DecodedScrape.failed(inputBytes, gzipped, InputProblem.of("too-many-elements",
                    "The page has more than " + MAX_TAGS + " tags, where a news page has a few thousand: it was not"
                            + " parsed, to keep within the function's memory."));
        }
        return new DecodedScrape(text, format, choice.name(), gzipped, inputBytes, bytes.length, null, choice.source(),
                choice.note(), warc);
    }

    /**
     * An HTML page's text less what the parser would only throw away ({@link MarkupPrefilter}).
     * Where markup is ASCII (UTF-8 and the single-byte charsets that extend ASCII) those spans are
     * found in the bytes, read one byte a character, and only the rest is decoded: most of a news
     * page's bytes are scripts, never decoded at all.
     */
    private static String decodeHtml(byte[] bytes, int offset, int length, Charset charset) {
        if (!markupIsAscii(charset)) return MarkupPrefilter.strip(new String(bytes, offset, length, charset));
        String asBytes = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        String kept = MarkupPrefilter.strip(asBytes);
        return kept == asBytes ? new String(bytes, offset, length, charset)
                : new String(kept.getBytes(StandardCharsets.ISO_8859_1), charset);
    }

    /**
     * Whether every '<', quote, letter or other ASCII character in the bytes is that character:
     * true of UTF-8 (whose multi-byte sequences are all high bytes) and of single-byte charsets
     * whose lower half is ASCII; false of UTF-16, of EBCDIC, and of multi-byte charsets whose
     * second bytes can look like ASCII letters (Shift_JIS, GBK, Big5) or that shift states with
     * ASCII bytes (ISO-2022-JP).
     */
    static boolean markupIsAscii(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1)) return true;
        return ASCII_SUPERSETS.computeIfAbsent(charset, ScrapeDecoder::extendsAscii);
    }

    private static boolean extendsAscii(Charset charset) {
        if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() > 1) return false;
        byte[] ascii = new byte[128];
        for (int i = 0; i < 128; i++) ascii[i] = (byte) i;
        return new String(ascii, charset).equals(new String(ascii, StandardCharsets.US_ASCII));
    }

    /** Counts start tags ('<' then a letter) and stops as soon as there are more than {@code max}. */
    static boolean tagsOver(String text, int max) {
        int tags = 0;
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char c = text.charAt(i + 1);
            if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && ++tags > max) return true;
        }
        return false;
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] raw, long cap) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 64 * 1024)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(raw.length * 4, 1 << 20));
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > cap) {
                    throw new TooLargeException();
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static final class TooLargeException extends IOException {
        TooLargeException() {
            super("inflated size over the cap");
        }
    }

    /** Names well-known binary formats by their magic bytes, or any content with NUL bytes. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (startsWith(b, 0xff, 0xd8, 0xff)) return "a JPEG image";
        if (startsWith(b, 'G', 'I', 'F', '8')) return "a GIF image";
        if (startsWith(b, '%', 'P', 'D', 'F')) return "a PDF document";
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) return "a zip archive";
        if (startsWith(b, 'R', 'I', 'F', 'F')) return "a RIFF media file";
        if (startsWith(b, 0x1f, 0x8b)) return "a gzip stream inside gzip";
        if (startsWith(b, 0x7f, 'E', 'L', 'F')) return "an executable";
        if (bomLength(b, null) > 0) {
            return null; // UTF-16 text has NUL bytes by nature.
        }
        int probe = Math.min(b.length, 8192);
        int nul = 0;
        int control = 0;
        for (int i = 0; i < probe; i++) {
            int c = b[i] & 0xff;
            if (c == 0) nul++;
            else if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) control++;
        }
        if (nul > 0 || control > probe / 10) {
            return "binary data";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }

    /**
     * The charset that decodes a scrape: its name (the Encoding Standard's where a label named
     * it), how it was found ({@code bom}, {@code transport}, {@code meta}, {@code late-meta},
     * {@code bytes} or {@code default}) and, when a declaration was overruled, a sentence why.
     */
    record CharsetChoice(Charset charset, String name, String source, String note) {
    }

    static CharsetChoice chooseCharset(byte[] b, String transportCharset) {
        CharsetSniffer.Sniffed declared = CharsetSniffer.sniff(b, transportCharset);
        String said = declared == null ? null : declared.name() + " (" + declared.source() + ")";
        if (declared != null && declared.charset() != null) {
            if (declared.source().equals("bom")) return new CharsetChoice(declared.charset(), declared.name(), "bom", null);
            boolean utf8Declared = declared.charset().equals(StandardCharsets.UTF_8);
            long[] utf8 = utf8Sequences(b);
            if (!utf8Declared && utf8[1] == 0 && utf8[0] > 0) {
                return new CharsetChoice(StandardCharsets.UTF_8, "UTF-8", "bytes", "The page declares " + said
                        + " but its bytes are valid UTF-8 (" + utf8[0] + " multi-byte characters) that " + declared.name()
                        + " would garble: read as UTF-8.");
            }
            if (utf8Declared && utf8[1] > 0 && utf8[0] < utf8[1]) {
                return new CharsetChoice(windows1252(), "windows-1252", "bytes", "The page declares " + said + " but "
                        + utf8[1] + " of its bytes are not UTF-8 and only " + utf8[0] + " multi-byte characters are: read as windows-1252.");
            }
            return new CharsetChoice(declared.charset(), declared.name(), declared.source(), null);
        }
        String unusable = declared == null ? null : "The page declares " + said + ", which cannot be decoded here: "
                + "the charset was guessed from the bytes.";
        long[] utf8 = utf8Sequences(b);
        boolean isUtf8 = utf8[0] > 0 && utf8[0] >= 4 * utf8[1];
        return isUtf8 ? new CharsetChoice(StandardCharsets.UTF_8, "UTF-8", "bytes", unusable)
                : new CharsetChoice(windows1252(), "windows-1252", "default", unusable);
    }

    /**
     * Valid UTF-8, or UTF-8 with a few stray bytes: at least {@code ratio} well-formed multi-byte
     * characters per malformed byte. A few broken bytes then cost a replacement character each,
     * where reading the page as windows-1252 would garble every accented letter. Latin-1 text has
     * no well-formed multi-byte sequences, so it never qualifies.
     */
    /** Eight bytes of the page at a time, for the scan's ASCII fast path. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static boolean mostlyUtf8(byte[] b, int ratio) {
        long[] counts = utf8Sequences(b);
        return counts[1] == 0 || counts[0] >= ratio * counts[1];
    }

    /** The well-formed multi-byte UTF-8 characters in {@code b} and the bytes that are not UTF-8. */
    static long[] utf8Sequences(byte[] b) {
        long multibyte = 0;
        long malformed = 0;
        int i = 0;
        while (i < b.length) {
            // Pages are mostly ASCII: eight bytes without a high bit are passed over at once.
            if (i + 8 <= b.length && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
                continue;
            }
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
            if (n == 0) {
                i++;
                continue;
            }
            boolean ok = n > 0 && i + n < b.length;
            for (int k = 1; ok && k <= n; k++) ok = (b[i + k] & 0xc0) == 0x80;
            if (ok) {
                multibyte++;
                i += n + 1;
            } else {
                malformed++;
                i++;
            }
        }
        return new long[] {multibyte, malformed};
    }

    private static int bomLength(byte[] b, Charset charset) {
        if (startsWith(b, 0xef, 0xbb, 0xbf)) return 3;
        if (startsWith(b, 0xfe, 0xff) || startsWith(b, 0xff, 0xfe)) return 2;
        return 0;
    }

    private static Charset charsetOrNull(String name) {
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Charset windows1252() {
        Charset c = charsetOrNull("windows-1252");
        return c != null ? c : StandardCharsets.ISO_8859_1;
    }

    /**
     * HTML when the scrape opens with markup, or when after a preamble (a scraper's header line, HTTP
     * headers) a line opens a document, or markup fills the window or opens half its lines; otherwise
     * a text dump, one block a line. A dump of a documentation page quotes {@code <div>} and {@code <p>} in its code samples:
     * a few tags among its prose do not make it a page (on the shared data every HTML file opens with
     * {@code <}, and 23 dumps held three tags or more, at most an eighth of their characters).
     */
    static Format detectFormat(String text) {
        String head = text.length() > FORMAT_WINDOW ? text.substring(0, FORMAT_WINDOW) : text;
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<") && HTML_MARKER.matcher(head).find()) {
            return Format.HTML;
        }
        if (DOCUMENT_LINE.matcher(firstLines(head, PREAMBLE_LINES)).find()) return Format.HTML;
        Matcher m = HTML_MARKER.matcher(head);
        int markers = 0;
        while (m.find() && markers < 3) {
            markers++;
        }
        if (markers < 3) return Format.TEXT;
        // Markup that fills the start, or lines that open with a tag (a fragment of long paragraphs).
        return markupShare(head) >= MARKUP_SHARE || tagLineShare(head) >= TAG_LINE_SHARE ? Format.HTML : Format.TEXT;
    }

    /** Of the window's non-blank lines, the share that open with a tag. */
    static double tagLineShare(String head) {
        int lines = 0;
        int tagged = 0;
        for (int from = 0; from < head.length(); ) {
            int end = head.indexOf('\n', from);
            if (end < 0) end = head.length();
            int i = from;
            while (i < end && (head.charAt(i) == ' ' || head.charAt(i) == '\t' || head.charAt(i) == '\r')) i++;
            if (i < end) {
                lines++;
                if (head.charAt(i) == '<' && i + 1 < end && (Character.isLetter(head.charAt(i + 1)) || head.charAt(i + 1) == '/'
                        || head.charAt(i + 1) == '!')) tagged++;
            }
            from = end + 1;
        }
        return lines == 0 ? 0 : tagged / (double) lines;
    }

    private static String firstLines(String text, int lines) {
        int at = -1;
        for (int i = 0; i < lines; i++) {
            at = text.indexOf('\n', at + 1);
            if (at < 0) return text;
        }
        return text.substring(0, at);
    }

    /** The share of the window's characters inside tags ({@code <} and a letter, {@code /} or {@code !}, to the next {@code >}); one pass. */
    static double markupShare(String head) {
        long inTags = 0;
        int n = head.length();
        for (int i = 0; i + 1 < n; ) {
            char next = head.charAt(i + 1);
            if (head.charAt(i) != '<' || !(Character.isLetter(next) || next == '/' || next == '!')) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && head.charAt(j) != '>' && head.charAt(j) != '<') j++;
            if (j < n && head.charAt(j) == '>') inTags += j + 1 - i;
            i = j;
        }
        return n == 0 ? 0 : inTags / (double) n;
    }
}
