package dev.scrapecleaner.clean;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns the bytes of a scrape into text: gunzips (with a cap on the inflated size, against gzip
 * bombs), refuses binary formats, finds the charset (BOM, then a declared meta charset, then
 * strict UTF-8, then windows-1252) and detects HTML or text dump from the content itself.
 */
public final class ScrapeDecoder {
    /** Default cap on the decoded size of one scrape. */
    public static final long DEFAULT_MAX_DECODED_BYTES = 64L * 1024 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_MARKER = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article|script)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private final long maxDecodedBytes;

    public ScrapeDecoder() {
        this(DEFAULT_MAX_DECODED_BYTES);
    }

    public ScrapeDecoder(long maxDecodedBytes) {
        this.maxDecodedBytes = maxDecodedBytes;
    }

    /** Decodes one scrape; never throws for bad input, it reports a problem instead. */
    public DecodedScrape decode(byte[] raw) {
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
        Charset charset = detectCharset(bytes);
        int bomLength = bomLength(bytes, charset);
        String text = new String(bytes, bomLength, bytes.length - bomLength, charset);
        if (text.isBlank()) {
            return new DecodedScrape("", Format.NONE, charset.name(), gzipped, inputBytes, bytes.length,
                    InputProblem.of("blank", "The object holds only white space: nothing to clean."));
        }
        return new DecodedScrape(text, detectFormat(text), charset.name(), gzipped, inputBytes, bytes.length, null);
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

    static Charset detectCharset(byte[] b) {
        if (startsWith(b, 0xef, 0xbb, 0xbf)) return StandardCharsets.UTF_8;
        if (startsWith(b, 0xfe, 0xff)) return StandardCharsets.UTF_16BE;
        if (startsWith(b, 0xff, 0xfe)) return StandardCharsets.UTF_16LE;
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset declared = charsetOrNull(m.group(1));
            if (declared != null) {
                // A page declaring latin-1 is windows-1252 in practice (WHATWG), and a page declaring
                // UTF-8 that is not valid UTF-8 is better read as windows-1252 than with replacements.
                if (declared.equals(StandardCharsets.ISO_8859_1) || declared.name().equals("US-ASCII")) {
                    return windows1252();
                }
                if (!declared.equals(StandardCharsets.UTF_8) || isValidUtf8(b)) {
                    return declared;
                }
            }
        }
        return isValidUtf8(b) ? StandardCharsets.UTF_8 : windows1252();
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

    static boolean isValidUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** HTML when markup shows up near the start; otherwise a text dump, one block a line. */
    static Format detectFormat(String text) {
        String head = text.length() > 8192 ? text.substring(0, 8192) : text;
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<") && HTML_MARKER.matcher(head).find()) {
            return Format.HTML;
        }
        Matcher m = HTML_MARKER.matcher(head);
        int markers = 0;
        while (m.find() && markers < 3) {
            markers++;
        }
        return markers >= 3 ? Format.HTML : Format.TEXT;
    }
}
