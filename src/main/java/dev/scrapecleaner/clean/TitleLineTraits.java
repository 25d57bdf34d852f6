package dev.scrapecleaner.clean;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a text dump's line says about whether it is the page's title, beyond where it stands: a
 * headline names what the article is about, so its words come back in the article, where a share
 * button's label, a photo credit or a section's name do not; a title is seldom an address, a line
 * shaped like a person's name (the author's), a credit ("Guide by …"), a question (an article's
 * subheading), menu items a renderer ran together, a line cut at a comma or a colon, one opening in
 * lower case, or one the cleaner removed for its own words. These become the traits of the dump's
 * title candidates, weighed by {@link MetadataWeights} with the rest of their shape.
 */
final class TitleLineTraits {
    /** Words shorter than this say little about the subject ("the", "and", "for"). */
    static final int MIN_WORD = 4;
    /** The share of a line's words the article repeats for it to count as "most". */
    static final double MOST = 0.5;
    static final String MOST_IN_ARTICLE = "most of its words in the article";
    static final String FEW_IN_ARTICLE = "few of its words in the article";
    static final String NONE_IN_ARTICLE = "none of its words in the article";
    static final String TITLE_CASE = "in title case";
    static final String ADDRESS = "holds an address";
    static final String REPEATED = "said twice before the article";
    static final String PERSON = "shaped like a person's name";
    static final String CREDIT = "a credit";
    static final String QUESTION = "a question";
    static final String RUN_TOGETHER = "words run together";
    static final String LOWER_START = "opens in lower case";
    static final String CUT = "ends in a comma or a colon";
    static final String NAMED_BOILERPLATE = "named boilerplate by its words";
    /**
     * A long word's end run into the next word's capital ("SalesSign", "LocationsCentral"): a menu whose
     * items a renderer wrote without spaces. Four letters either side keep brands ("YouTube", "WordPress") out.
     */
    private static final Pattern RUN_TOGETHER_WORDS = Pattern.compile("\\p{Ll}{4}\\p{Lu}\\p{Ll}{3}");
    /** The removals the cleaner makes for what a block's own words say it is: a menu, a share bar, a notice. */
    private static final Set<Reason> VOCABULARY_REASONS = EnumSet.of(Reason.NAVIGATION, Reason.ERROR_BANNER,
            Reason.LEGAL_DISCLAIMER, Reason.RELATED_LINKS, Reason.COMMENTS, Reason.SHARE_BAR, Reason.COOKIE_NOTICE,
            Reason.ADVERTISING, Reason.NEWSLETTER);
    /** "Guide by Jane …", "Edited by …", "Written by: …", a name after it: a credit, whatever it credits, is not the page's title. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:\\S+\\s+){0,2}[Bb][Yy]:?\\s+\\p{Lu}.*");

    private final Set<String> articleWords;
    private final Set<String> twiceBefore;
    /** The lines before the article's first paragraph, by their words, with what the cleaner removed the first as. */
    private final Map<String, Reason> removedAs;

    private TitleLineTraits(Set<String> articleWords, Set<String> twiceBefore, Map<String, Reason> removedAs) {
        this.articleWords = articleWords;
        this.twiceBefore = twiceBefore;
        this.removedAs = removedAs;
    }

    /** The traits' context: the words of the article's blocks, and the lines before its first paragraph. */
    static TitleLineTraits of(List<Block> blocks, int start) {
        Set<String> words = new HashSet<>();
        for (Block b : blocks) {
            if (!b.isContent()) continue;
            for (String w : MetadataText.words(b.text()).split(" ")) if (w.length() >= MIN_WORD) words.add(w);
        }
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        Map<String, Reason> removedAs = new HashMap<>();
        for (int i = 0; i < Math.max(0, start); i++) {
            String key = MetadataText.words(blocks.get(i).text());
            if (key.isEmpty()) continue;
            if (!seen.add(key)) twice.add(key);
            Reason removal = blocks.get(i).removal();
            if (removal != null) removedAs.putIfAbsent(key, removal);
        }
        return new TitleLineTraits(words, twice, removedAs);
    }

    /** The candidates with every title's traits filled in; the other fields' as they were. */
    List<MetadataCandidate> apply(List<MetadataCandidate> candidates) {
        List<MetadataCandidate> out = new ArrayList<>(candidates.size());
        for (MetadataCandidate c : candidates) {
            out.add(c.field() == Field.TITLE && c.traits().isEmpty()
                    ? new MetadataCandidate(c.field(), c.source(), c.values(), traits(c.values().get(0)))
                    : c);
        }
        return out;
    }

    /** The line's traits, in a fixed order. */
    List<String> traits(String line) {
        List<String> t = new ArrayList<>(4);
        String key = MetadataText.words(line);
        int counted = 0;
        int inArticle = 0;
        for (String w : key.split(" ")) {
            if (w.length() < MIN_WORD) continue;
            counted++;
            if (articleWords.contains(w)) inArticle++;
        }
        if (counted > 0) {
            if (inArticle >= MOST * counted) t.add(MOST_IN_ARTICLE);
            else t.add(inArticle > 0 ? FEW_IN_ARTICLE : NONE_IN_ARTICLE);
        }
        if (isTitleCase(line)) t.add(TITLE_CASE);
        if (line.contains("://") || line.contains("www.")) t.add(ADDRESS);
        if (twiceBefore.contains(key)) t.add(REPEATED);
        String stripped = line.strip();
        if (NearHeadline.NAME_LINE.matcher(stripped).matches() && Authors.names(stripped, null).equals(List.of(stripped))) t.add(PERSON);
        if (CREDIT_LINE.matcher(stripped).matches()) t.add(CREDIT);
        if (stripped.endsWith("?")) t.add(QUESTION);
        if (RUN_TOGETHER_WORDS.matcher(stripped).find()) t.add(RUN_TOGETHER);
        int first = firstLetter(stripped);
        if (first >= 0 && Character.isLowerCase(stripped.codePointAt(first))) t.add(LOWER_START);
        if (stripped.endsWith(",") || stripped.endsWith(":")) t.add(CUT);
        if (VOCABULARY_REASONS.contains(removedAs.get(key))) t.add(NAMED_BOILERPLATE);
        return t;
    }

    /** Where the text's first letter is, or -1 for a text without one. */
    static int firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i))) return i;
        return -1;
    }

    /** Three or more words of four letters or more, nearly all of them capitalised but not all in capitals. */
    static boolean isTitleCase(String line) {
        int long_ = 0;
        int capital = 0;
        int allCaps = 0;
        for (String w : line.split("\\s+")) {
            if (w.length() < MIN_WORD || !Character.isLetter(w.codePointAt(0))) continue;
            long_++;
            if (Character.isUpperCase(w.codePointAt(0))) capital++;
            if (w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) allCaps++;
        }
        return long_ >= 3 && capital >= 0.8 * long_ && allCaps < long_;
    }
}
