package dev.scrapecleaner.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The commonest function words of the languages news scrapes most often come in, to measure prose and guess its language. */
final class StopWords {
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

    private StopWords() {
    }

    /** Words that are a stop word in any of the languages. */
    static int count(List<String> words) {
        int n = 0;
        for (String w : words) {
            for (Set<String> set : BY_LANGUAGE.values()) {
                if (set.contains(w)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The language whose stop words cover most of the text, when they cover a tenth of it; else null. */
    static String guessLanguage(List<String> words) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Set<String>> e : BY_LANGUAGE.entrySet()) {
            int c = 0;
            for (String w : words) if (e.getValue().contains(w)) c++;
            if (c > bestCount || c == bestCount && best != null && e.getKey().compareTo(best) < 0) {
                bestCount = c;
                best = e.getKey();
            }
        }
        return bestCount >= Math.max(3, words.size() / 10) ? best : null;
    }
}
