package dev.scrapecleaner.clean;

import java.util.List;

/**
 * The features of a block's own words, the same for an HTML block and a line of a text dump: its
 * length, how much it reads as sentences (stop words, punctuation, sentence case), and what the
 * boilerplate vocabulary says of it ({@link Block#textReason()}, worked out once for the rules).
 * One pass over the text; long blocks are sampled from their opening, which is where their shape
 * shows: the features must not cost the cleaner more than its rules do. What the rules' other
 * predicates say (a byline, a caption, a date line) reaches the model as the rules' reason.
 */
final class TextShape {
    /** Words read for the shares of stop words and capitals: enough to tell prose from a menu. */
    private static final int SAMPLE_WORDS = 64;
    /** Characters read for the shares of digits, letters and punctuation: a paragraph's shape shows in its opening. */
    private static final int SAMPLE_CHARS = 2048;
    /** The longest stop word of the lists: longer words need no lookup. */
    private static final int LONGEST_STOP_WORD = 6;
    private static final Reason[] TEXT_REASONS = {Reason.ERROR_BANNER, Reason.RELATED_LINKS, Reason.COMMENTS,
            Reason.SHARE_BAR, Reason.COOKIE_NOTICE, Reason.NEWSLETTER, Reason.ADVERTISING, Reason.LEGAL_DISCLAIMER};

    static final List<String> NAMES = names();

    private TextShape() {
    }

    private static List<String> names() {
        List<String> n = new java.util.ArrayList<>(List.of("text.chars_log", "text.words_log", "text.ends_sentence",
                "text.punctuation_per_word", "text.stopword_share", "text.capitalized_share", "text.digit_share",
                "text.letter_share", "text.mean_word_length", "text.opens_with_bullet", "text.widget_marks",
                "text.separator_per_word", "text.has_year", "text.opens_capital", "text.all_caps", "text.url_like",
                "text.question", "text.label_colon"));
        for (Reason r : TEXT_REASONS) n.add("text.says_" + r.code());
        return List.copyOf(n);
    }

    /** Writes the block's text features into {@code out} from {@code offset}, in the order of {@link #NAMES}. */
    static void compute(Block b, double[] out, int offset) {
        String text = b.text();
        int length = text.length();
        int words = 0;
        int sampled = 0;
        int stop = 0;
        int capitalized = 0;
        int wordChars = 0;
        int digits = 0;
        int letters = 0;
        int upper = 0;
        int punctuation = 0;
        int separators = 0;
        int sampledChars = Math.min(length, SAMPLE_CHARS);
        for (int i = 0; i < sampledChars; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII, most of every page, told apart without asking each character's Unicode type (the same answers).
                if (c >= '0' && c <= '9') digits++;
                else if (c >= 'a' && c <= 'z') letters++;
                else if (c >= 'A' && c <= 'Z') {
                    letters++;
                    upper++;
                } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?') punctuation++;
                else if (c == '|' || c == '/') separators++;
                continue;
            }
            if (Character.isDigit(c)) digits++;
            else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            } else if (".,;:!?。、，".indexOf(c) >= 0) punctuation++;
            else if ("|•·›»/►▪".indexOf(c) >= 0) separators++;
        }
        for (int i = Scripts.nextLetterOrNumber(text, 0); i < sampledChars; i = Scripts.nextLetterOrNumber(text, i)) {
            int start = i;
            int cp;
            while (i < length && (Scripts.isLetterOrNumber(cp = text.codePointAt(i)) || cp == '\'' || cp == '’')) {
                i += Character.charCount(cp);
            }
            words++;
            wordChars += i - start;
            if (sampled < SAMPLE_WORDS) {
                sampled++;
                if (i - start <= LONGEST_STOP_WORD && StopWords.contains(text, start, i)) stop++;
                if (Character.isUpperCase(text.codePointAt(start))) capitalized++;
            }
        }
        // Words of the whole block, extrapolated from the sample where it is long; scripts without spaces count as the rules count them.
        int inSample = Scripts.hasCjk(text, 200) ? TextSignals.wordCount(text.substring(0, sampledChars)) : words;
        int counted = (int) ((long) inSample * length / Math.max(1, sampledChars));
        int k = offset;
        out[k++] = Math.log1p(length);
        out[k++] = Math.log1p(counted);
        out[k++] = flag(TextSignals.endsLikeSentence(text));
        out[k++] = punctuation / (double) Math.max(1, words);
        out[k++] = sampled == 0 ? 0 : stop / (double) sampled;
        out[k++] = sampled == 0 ? 0 : capitalized / (double) sampled;
        out[k++] = length == 0 ? 0 : digits / (double) sampledChars;
        out[k++] = length == 0 ? 0 : letters / (double) sampledChars;
        out[k++] = words == 0 ? 0 : wordChars / (double) words;
        out[k++] = flag(opensWithBullet(text));
        out[k++] = flag(hasWidgetMarks(text));
        out[k++] = separators / (double) Math.max(1, words);
        out[k++] = flag(hasYear(text));
        int first = Scripts.nextLetterOrNumber(text, 0);
        out[k++] = flag(first < length && Character.isUpperCase(text.codePointAt(first)));
        out[k++] = flag(letters > 3 && upper == letters);
        out[k++] = flag(isUrlLike(text));
        out[k++] = flag(length > 0 && text.charAt(length - 1) == '?');
        out[k++] = flag(length > 0 && text.charAt(length - 1) == ':');
        Reason said = b.textReason();
        for (Reason r : TEXT_REASONS) out[k++] = flag(said == r);
    }

    static double flag(boolean b) {
        return b ? 1 : 0;
    }

    /** A list marker as text renderers write one: a bullet, a dash, a box, an "o" or "*" before a space. */
    static boolean opensWithBullet(String text) {
        if (text.isEmpty()) return false;
        char c = text.charAt(0);
        if ("•·▪●◦○□■►▸‣⁃–—»".indexOf(c) >= 0) return true;
        return text.length() > 1 && text.charAt(1) == ' ' && (c == '*' || c == 'o' || c == '+' || c == '-');
    }

    /** Form widgets and link markers as text browsers render them: {@code [Go]}, {@code (BUTTON)}, {@code ____}, {@code [1]}. */
    static boolean hasWidgetMarks(String text) {
        return text.contains("____") || text.contains("(BUTTON)") || text.contains("[IMG]")
                || text.indexOf('[') >= 0 && text.indexOf(']') > text.indexOf('[') && text.indexOf(']') - text.indexOf('[') < 20;
    }

    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
            } else {
                if (run == 4) return true;
                run = 0;
            }
        }
        return run == 4;
    }

    private static boolean isUrlLike(String text) {
        return (text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www.")) && text.indexOf(' ') < 0;
    }
}
