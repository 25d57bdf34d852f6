package dev.scrapecleaner.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The commonest function words of the languages news scrapes most often come in, to measure prose and guess its language. */
public final class StopWords {
    private static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
            "en", Set.of("the", "and", "of", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he",
                    "his", "by", "at", "be", "this", "have", "from", "are", "not", "but", "they", "said", "has"),
            "de", Set.of("der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist",
                    "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass"),
            "es", Set.of("de", "la", "que", "el", "en", "y", "a", "los", "se", "del", "las", "un", "por", "con", "no",
                    "una", "su", "para", "es", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "fue"),
            "fr", Set.of("de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour", "qui",
                    "dans", "par", "plus", "pas", "au", "sur", "ne", "se", "ce", "il", "sont", "avec", "ont", "été"),
            "pt", Set.of("de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no",
                    "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao", "ele", "das", "à", "foi"),
            "it", Set.of("di", "e", "il", "la", "che", "in", "a", "per", "un", "del", "non", "della", "una", "le",
                    "con", "si", "da", "è", "sono", "al", "dei", "anche", "gli", "nel", "come", "ma", "alla", "ha"),
            "nl", Set.of("de", "en", "van", "het", "een", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet",
                    "die", "aan", "er", "ook", "als", "door", "bij", "maar", "om", "werd", "nog", "naar", "heeft", "wordt"));

    /** The languages in alphabetical order, so that a tie goes to the first. */
    private static final String[] LANGUAGES = BY_LANGUAGE.keySet().stream().sorted().toArray(String[]::new);
    /** Each stop word and the languages it is one in, as bits in the order of {@link #LANGUAGES}: one lookup a word. */
    private static final Map<String, Integer> LANGUAGES_OF_WORD = languagesOfWord();

    /**
     * The stop words written in ASCII, by their hash in an open-addressed table: a word of a block's
     * text is looked up in place, without the substring and its lower-cased copy per word.
     */
    private static final String[] ASCII_WORDS = asciiTable();

    private StopWords() {
    }

    private static String[] asciiTable() {
        List<String> ascii = LANGUAGES_OF_WORD.keySet().stream().filter(w -> w.chars().allMatch(c -> c < 0x80)).sorted().toList();
        String[] table = new String[Integer.highestOneBit(Math.max(1, ascii.size())) * 4];
        for (String w : ascii) {
            int slot = w.hashCode() & (table.length - 1);
            while (table[slot] != null) slot = (slot + 1) & (table.length - 1);
            table[slot] = w;
        }
        return table;
    }

    /**
     * Whether {@code text[start, end)}, lower-cased as {@code toLowerCase(Locale.ROOT)} does, is a stop
     * word: what {@code contains(text.substring(start, end).toLowerCase(Locale.ROOT))} says.
     */
    static boolean contains(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // Beyond ASCII, lower-casing has its own rules (a dotted capital I, a final sigma): the string's own method.
            if (c >= 0x80) return contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        int mask = ASCII_WORDS.length - 1;
        for (int slot = hash & mask; ASCII_WORDS[slot] != null; slot = (slot + 1) & mask) {
            if (equalsLowered(ASCII_WORDS[slot], text, start, end)) return true;
        }
        return false;
    }

    private static boolean equalsLowered(String word, String text, int start, int end) {
        if (word.length() != end - start) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(start + i);
            if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != word.charAt(i)) return false;
        }
        return true;
    }

    private static Map<String, Integer> languagesOfWord() {
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < LANGUAGES.length; i++) {
            for (String w : BY_LANGUAGE.get(LANGUAGES[i])) bits.merge(w, 1 << i, (a, b) -> a | b);
        }
        return Map.copyOf(bits);
    }

    /** Whether a lower-case word is a stop word in any of the languages. */
    static boolean contains(String lowerWord) {
        return LANGUAGES_OF_WORD.containsKey(lowerWord);
    }

    /** Words that are a stop word in any of the languages. */
    public static int count(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (LANGUAGES_OF_WORD.containsKey(w)) n++;
        }
        return n;
    }

    /** The language whose stop words cover most of the text, when they cover a tenth of it; else null. */
    public static String guessLanguage(List<String> words) {
        int[] counts = new int[LANGUAGES.length];
        for (String w : words) {
            Integer bits = LANGUAGES_OF_WORD.get(w);
            if (bits == null) continue;
            for (int i = 0; i < LANGUAGES.length; i++) {
                if ((bits & (1 << i)) != 0) counts[i]++;
            }
        }
        int best = -1;
        for (int i = 0; i < LANGUAGES.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) best = i;
        }
        return best >= 0 && counts[best] >= Math.max(3, words.size() / 10) ? LANGUAGES[best] : null;
    }
}
