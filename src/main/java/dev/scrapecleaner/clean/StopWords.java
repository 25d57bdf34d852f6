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

    private StopWords() {
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
