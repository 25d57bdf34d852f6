package dev.scrapecleaner.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTML standard's encoding sniffing algorithm, as far as bytes alone can answer it: a byte
 * order mark, then the transport layer's charset, then the prescan of the first 1,024 bytes for a
 * {@code <meta charset>} or a content-type pragma (comments skipped, unknown labels passed over,
 * UTF-16 read as UTF-8), then the meta that the parser would meet later in the page and change
 * the encoding for. Labels are the Encoding Standard's ({@code encoding-labels.txt}). Where none
 * of these answers, {@link #sniff} returns null and the caller guesses from the bytes.
 */
final class CharsetSniffer {
    /** An encoding of the Encoding Standard: its name, the charset that decodes it (null if the JDK lacks one), and how it was found. */
    record Sniffed(String name, Charset charset, String source) {
    }

    /** How far the prescan reads, as the standard advises. */
    static final int PRESCAN_BYTES = 1024;

    /** Each label of the Encoding Standard, lowercase, to its encoding. */
    private static final Map<String, Encoding> LABELS = loadLabels();

    /**
     * An encoding of the table, its charset looked up the first time a page names it: the table
     * names about forty charsets, and looking each up loads its class (most from the JDK's
     * extended charsets), a cost every cold start paid for encodings its pages never use.
     */
    private static final class Encoding {
        private final String name;
        private final String javaName;
        /** Written once, possibly by two threads at the same time with equal values; a record's fields are final. */
        private Sniffed sniffed;

        Encoding(String name, String javaName) {
            this.name = name;
            this.javaName = javaName;
        }

        Sniffed sniffed() {
            Sniffed s = sniffed;
            if (s == null) {
                s = new Sniffed(name, javaName.equals("-") || !Charset.isSupported(javaName) ? null : Charset.forName(javaName), "label");
                sniffed = s;
            }
            return s;
        }
    }

    private CharsetSniffer() {
    }

    /** The encoding the standard's steps give for {@code b}, or null where they leave it to the user agent. */
    static Sniffed sniff(byte[] b, String transportLabel) {
        if (startsWith(b, 0xef, 0xbb, 0xbf)) return as("UTF-8", "bom");
        if (startsWith(b, 0xfe, 0xff)) return as("UTF-16BE", "bom");
        if (startsWith(b, 0xff, 0xfe)) return as("UTF-16LE", "bom");
        Sniffed transport = transportLabel == null ? null : forLabel(transportLabel);
        if (transport != null) return new Sniffed(transport.name(), transport.charset(), "transport");
        Sniffed meta = prescan(b, Math.min(b.length, PRESCAN_BYTES), "meta");
        // A meta past the prescan's reach: the parser meets it and changes the encoding (the same rules, later).
        return meta != null || b.length <= PRESCAN_BYTES ? meta : prescan(b, b.length, "late-meta");
    }

    /** The encoding a label names, or null for a label the standard does not know. */
    static Sniffed forLabel(String label) {
        Encoding e = LABELS.get(label.strip().toLowerCase(Locale.ROOT));
        return e == null ? null : e.sniffed();
    }

    private static Sniffed as(String name, String source) {
        Sniffed e = LABELS.get(name.toLowerCase(Locale.ROOT)).sniffed();
        return new Sniffed(e.name(), e.charset(), source);
    }

    /** The standard's "prescan a byte stream to determine its encoding", over {@code b[0, end)}. */
    static Sniffed prescan(byte[] b, int end, String source) {
        Scan s = new Scan(b, end);
        while (s.pos < end) {
            // Every step but the last starts at a '<': the text between tags is passed over a byte at a time.
            if (b[s.pos] != '<') {
                s.pos++;
            } else if (s.at("<!--")) {
                // Past the first '>' preceded by "--" after the '<': "<!-->" ends where it starts.
                int p = s.pos + 2;
                while (p < end && !(b[p] == '>' && b[p - 1] == '-' && b[p - 2] == '-')) p++;
                s.pos = p + 1;
            } else if (s.atIgnoringCase("<meta") && s.pos + 5 < end && (isSpace(b[s.pos + 5]) || b[s.pos + 5] == '/')) {
                s.pos += 6;
                Sniffed found = meta(s);
                if (s.aborted) return null;
                if (found != null) return new Sniffed(found.name(), found.charset(), source);
            } else if (s.pos + 1 < end && b[s.pos] == '<' && (isLetter(b[s.pos + 1])
                    || b[s.pos + 1] == '/' && s.pos + 2 < end && isLetter(b[s.pos + 2]))) {
                s.pos += b[s.pos + 1] == '/' ? 2 : 1;
                while (s.pos < end && !isSpace(b[s.pos]) && b[s.pos] != '>') s.pos++;
                while (s.passAttribute()) {
                    // attributes are read only to be passed over
                }
                if (s.aborted) return null;
                s.pos++;
            } else if (s.at("<!") || s.at("</") || s.at("<?")) {
                while (s.pos < end && b[s.pos] != '>') s.pos++;
                s.pos++;
            } else {
                s.pos++;
            }
        }
        return null;
    }

    /** A meta element's attributes read as the prescan reads them: its encoding, or null to go on scanning. */
    private static Sniffed meta(Scan s) {
        Set<String> seen = new HashSet<>();
        boolean gotPragma = false;
        Boolean needPragma = null;
        Sniffed charset = null;
        boolean charsetFailed = false; // a charset attribute with an unknown label, which a later content does not mend
        for (String[] attr; (attr = s.attribute()) != null; ) {
            String name = attr[0];
            String value = attr[1];
            if (!seen.add(name)) continue;
            if (name.equals("http-equiv") && value.equalsIgnoreCase("content-type")) {
                gotPragma = true;
            } else if (name.equals("content") && charset == null && !charsetFailed) {
                String label = charsetInContent(value);
                if (label != null && forLabel(label) != null) {
                    charset = forLabel(label);
                    needPragma = true;
                }
            } else if (name.equals("charset")) {
                charset = forLabel(value);
                charsetFailed = charset == null;
                needPragma = false;
            }
        }
        if (s.aborted || needPragma == null || needPragma && !gotPragma || charset == null) return null;
        if (charset.name().startsWith("UTF-16")) return LABELS.get("utf-8").sniffed();
        if (charset.name().equals("x-user-defined")) return LABELS.get("windows-1252").sniffed();
        return charset;
    }

    /** The standard's "extract a character encoding from a meta element": the label after "charset=" in a content attribute. */
    static String charsetInContent(String content) {
        String lower = content.toLowerCase(Locale.ROOT);
        int i = 0;
        while (true) {
            int at = lower.indexOf("charset", i);
            if (at < 0) return null;
            i = at + 7;
            while (i < content.length() && isSpace((byte) content.charAt(i))) i++;
            if (i < content.length() && content.charAt(i) == '=') break;
        }
        i++;
        while (i < content.length() && isSpace((byte) content.charAt(i))) i++;
        if (i >= content.length()) return null;
        char c = content.charAt(i);
        if (c == '"' || c == '\'') {
            int close = content.indexOf(c, i + 1);
            return close < 0 ? null : content.substring(i + 1, close);
        }
        int j = i;
        while (j < content.length() && !isSpace((byte) content.charAt(j)) && content.charAt(j) != ';') j++;
        return content.substring(i, j);
    }

    /** A position in the bytes and the standard's "get an attribute". */
    private static final class Scan {
        private static final String[] PASSED = new String[0];
        final byte[] b;
        final int end;
        int pos;
        /** Set when the bytes ran out inside a tag: the prescan then ends without an answer. */
        boolean aborted;

        Scan(byte[] b, int end) {
            this.b = b;
            this.end = end;
        }

        boolean at(String s) {
            if (pos + s.length() > end) return false;
            for (int k = 0; k < s.length(); k++) {
                if (b[pos + k] != s.charAt(k)) return false;
            }
            return true;
        }

        boolean atIgnoringCase(String lower) {
            if (pos + lower.length() > end) return false;
            for (int k = 0; k < lower.length(); k++) {
                if (lowerAscii(b[pos + k]) != lower.charAt(k)) return false;
            }
            return true;
        }

        /** The next attribute as {name, value}, or null at the tag's end (or when the bytes run out). */
        String[] attribute() {
            return attribute(true);
        }

        /**
         * Passes over the next attribute as {@link #attribute} reads it, without building its name and value (most
         * tags are not a meta, and a page without an early meta is scanned whole); false at the tag's end.
         */
        boolean passAttribute() {
            return attribute(false) != null;
        }

        private String[] attribute(boolean keep) {
            while (pos < end && (isSpace(b[pos]) || b[pos] == '/')) pos++;
            if (pos >= end) return abort();
            if (b[pos] == '>') return null;
            StringBuilder name = keep ? new StringBuilder() : null;
            StringBuilder value = keep ? new StringBuilder() : null;
            int nameLength = 0;
            while (true) {
                if (pos >= end) return abort();
                byte c = b[pos];
                if (c == '=' && nameLength > 0) {
                    pos++;
                    break;
                }
                if (isSpace(c)) {
                    while (pos < end && isSpace(b[pos])) pos++;
                    if (pos >= end) return abort();
                    if (b[pos] != '=') return attribute(name, null);
                    pos++;
                    break;
                }
                if (c == '/' || c == '>') return attribute(name, null);
                if (keep) name.append(lowerAscii(c));
                nameLength++;
                pos++;
            }
            while (pos < end && isSpace(b[pos])) pos++;
            if (pos >= end) return abort();
            byte c = b[pos];
            if (c == '"' || c == '\'') {
                for (pos++; pos < end && b[pos] != c; pos++) {
                    if (keep) value.append(lowerAscii(b[pos]));
                }
                if (pos >= end) return abort();
                pos++;
                return attribute(name, value);
            }
            if (c == '>') return attribute(name, null);
            for (; pos < end && !isSpace(b[pos]) && b[pos] != '>'; pos++) {
                if (keep) value.append(lowerAscii(b[pos]));
            }
            if (pos >= end) return abort();
            return attribute(name, value);
        }

        /** An attribute read ({name, value}; an empty value where it has none), or {@link #PASSED} where it was only passed over. */
        private static String[] attribute(StringBuilder name, StringBuilder value) {
            if (name == null) return PASSED;
            return new String[] {name.toString(), value == null ? "" : value.toString()};
        }

        private String[] abort() {
            aborted = true;
            return null;
        }
    }

    /** A byte as the prescan reads it: ASCII upper case lowered, any other byte as its Latin-1 character. */
    private static char lowerAscii(byte c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : (char) (c & 0xff);
    }

    private static boolean isSpace(byte c) {
        return c == 0x09 || c == 0x0a || c == 0x0c || c == 0x0d || c == 0x20;
    }

    private static boolean isLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }

    private static Map<String, Encoding> loadLabels() {
        Map<String, Encoding> labels = new HashMap<>();
        try (InputStream in = CharsetSniffer.class.getResourceAsStream("encoding-labels.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split(" ");
                Encoding e = new Encoding(f[0], f[1]);
                labels.put(f[0].toLowerCase(Locale.ROOT), e);
                for (int i = 2; i < f.length; i++) labels.put(f[i], e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding-labels.txt is part of the jar", e);
        }
        return labels;
    }
}
