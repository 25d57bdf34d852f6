package dev.scrapecleaner.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides for each line of a text dump whether it is article body, from the text alone: lines
 * whose own words name them go first; lines that read as prose form runs, which tables and lists
 * next to them carry on; the weightiest run is the article, the headline the short line just
 * before it, and everything else is named by what its words announce or by where it sits.
 */
final class TextDumpClassifier implements Stage {
    /** Non-prose lines tolerated inside the article run before it is cut in two: subheadings, short quotes and captions sit between paragraphs. */
    private static final int MAX_GAP = 6;
    private static final Pattern DATELINE_INSIDE = Pattern.compile("\\s\\p{Lu}{2,}(?:[ .]\\p{Lu}{2,}){0,3}:\\s");
    /** Where a headline glued to its teaser must end: further in, the line is a paragraph. */
    private static final int GLUE_END = 160;
    static final Pattern GLUE = Pattern.compile("(?:\\p{Ll}{3}|[?!”\"’)])(?=\\p{Lu}\\p{Ll})");
    private static final double AFTER_COMMENTS = 0.25;
    private static final Pattern CASE_CHANGE = Pattern.compile("(\\p{Ll})(\\p{Lu})");

    @Override
    public String name() {
        return "classify";
    }

    @Override
    public void apply(Page page) {
        List<Block> blocks = page.blocks();
        removeByOwnWords(page);
        int[] columns = FlattenedTables.columns(blocks);
        boolean[] structured = EnumeratedLists.members(blocks);
        for (int i = 0; i < structured.length; i++) structured[i] |= columns[i] != FlattenedTables.NO_CELL;
        ProseRuns runs = proseRuns(blocks, structured);
        int[] run = runs.main();
        page.featureRows(() -> LineFeatures.rows(page, runs, structured, columns));
        if (run == null) {
            for (Block b : blocks) if (!b.isDecided()) b.remove(Reason.OUTSIDE_MAIN_CONTENT);
            return;
        }
        takeHeadline(page, run);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isDecided()) continue;
            if (i < run[0] || i > run[1]) {
                b.remove(TextSignals.readsAsLegal(b.text()) ? Reason.LEGAL_DISCLAIMER : Reason.OUTSIDE_MAIN_CONTENT);
            } else if (isTrailingDisclaimer(b.text(), i, run)) {
                b.remove(Reason.LEGAL_DISCLAIMER);
            } else if (structured[i] || isProse(b) || endsLikeSentenceNotLabel(b.text()) || isSubhead(blocks, i)
                    || isInList(blocks, i)) {
                b.keep();
                // A table's row was one line of the page: its cells go back together.
                if (columns[i] > 0) b.continueLine();
            } else {
                b.remove(Reason.SHORT_FRAGMENT);
            }
        }
    }

    /**
     * Removes the lines whose own words say what they are: banners, widgets, captions, bylines,
     * dates. A line written as prose is spared unless its kind is often prose too (an error
     * banner, a teaser, a newsletter promo, a consent notice).
     */
    private static void removeByOwnWords(Page page) {
        for (Block b : page.blocks()) {
            page.checkDeadline("classify");
            if (b.isDecided()) continue;
            Reason r = b.textReason();
            // Widget labels captured without a separator ("CommentsNo ...") are read once more split apart.
            if (r == null && b.text().length() < 80) r = TextSignals.reasonForShortText(unglue(b.text()));
            boolean teaser = r == null && (isGluedTeaser(b.text()) || hasDatelineInside(b.text()));
            if (teaser) r = Reason.RELATED_LINKS;
            if (r == null && TextSignals.isMetadataLine(b.text())) r = Reason.METADATA;
            if (r == null && (TextSignals.opensWithGalleryCounter(b.text()) || TextSignals.isCaption(b.text()))) {
                b.remove(Reason.CAPTION);
                continue;
            }
            if (r == null && TextSignals.isByline(b.text())) r = Reason.BYLINE;
            if (r == null && TextSignals.readsAsCommentPolicy(b.text())) r = Reason.COMMENTS;
            if (r != null && (r == Reason.ERROR_BANNER || r == Reason.NEWSLETTER || r == Reason.COMMENTS || teaser || !isProse(b)
                    || isCookieNotice(r, b.text()))) {
                b.remove(r);
                if (r == Reason.ERROR_BANNER) page.signal("error-banner");
            }
        }
    }

    /** The headline: a short line among the three before the article's run. */
    private static void takeHeadline(Page page, int[] run) {
        List<Block> blocks = page.blocks();
        for (int i = run[0] - 1; i >= 0 && i >= run[0] - 3; i--) {
            Block b = blocks.get(i);
            if (!b.isDecided() && looksLikeHeadline(b.text())) {
                page.title(b.text());
                b.remove(Reason.TITLE);
                return;
            }
        }
    }

    /**
     * The runs of prose lines, each as [first, last] block index; the one that weighs most is the article. A run weighs its
     * prose characters times its density (prose lines over all its lines): an article's
     * paragraphs follow one another, while a comment thread's are spaced out by names, dates and
     * vote counts, and a thread longer than the article must still not win. Runs that start
     * after the first comments heading weigh a quarter, and no run crosses a comments heading: a
     * page's comments follow its article.
     * Legal prose (disclaimers, trademark notices) does not count: a footer of it is no article.
     * Structured lines (cells of a flattened table, items of a numbered list) carry a run on but
     * never start one: they belong to the article only next to its prose.
     */
    private static ProseRuns proseRuns(List<Block> blocks, boolean[] structured) {
        ProseRuns runs = new ProseRuns(blocks.size());
        int start = -1;
        int last = -1;
        long chars = 0;
        int proseLines = 0;
        int commentsFrom = -1;
        for (int i = 0; i < blocks.size() && commentsFrom < 0; i++) {
            if (blocks.get(i).removal() == Reason.COMMENTS) commentsFrom = i;
        }
        double gap = 0;
        // A list after a related-stories or newsletter heading is that section's, not the article's.
        boolean sectionInGap = false;
        for (int i = 0; i <= blocks.size(); i++) {
            boolean end = i == blocks.size();
            Block b = end ? null : blocks.get(i);
            boolean member = !end && !b.isDecided() && (structured[i] && start >= 0 && gap <= MAX_GAP && !sectionInGap
                    || isProse(b) && !TextSignals.readsAsLegal(b.text()));
            boolean comments = !end && b.removal() == Reason.COMMENTS;
            if (!member && !end && !comments) {
                gap += gapCost(b);
                sectionInGap |= b.removal() == Reason.RELATED_LINKS || b.removal() == Reason.NEWSLETTER;
                continue;
            }
            sectionInGap = false;
            if (start >= 0 && (end || comments || gap > MAX_GAP)) {
                double weight = chars * (proseLines / (double) (last - start + 1));
                if (commentsFrom >= 0 && start > commentsFrom) weight *= AFTER_COMMENTS;
                runs.add(start, last, weight);
                start = -1;
            }
            gap = 0;
            if (end) break;
            if (comments) continue;
            if (start < 0) {
                start = i;
                chars = 0;
                proseLines = 0;
            }
            last = i;
            chars += b.text().length();
            proseLines++;
        }
        return runs;
    }

    /** A short sentence stays; a label before a value ("Author:", "Publish date:") does not. */
    private static boolean endsLikeSentenceNotLabel(String text) {
        return TextSignals.endsLikeSentence(text) && !isLabel(text);
    }

    private static boolean isLabel(String text) {
        return text.endsWith(":") && TextSignals.wordCount(text) < 3;
    }

    /** A bulleted item next to another: a list has two items at least, a lone clause between paragraphs is a headline. */
    private static boolean isInList(List<Block> blocks, int i) {
        return isListItem(blocks.get(i).text()) && (i > 0 && !blocks.get(i - 1).isDecided() && isListItem(blocks.get(i - 1).text())
                || i + 1 < blocks.size() && !blocks.get(i + 1).isDecided() && isListItem(blocks.get(i + 1).text()));
    }

    /**
     * An item of a bulleted list inside the article: a clause of five words or more in sentence
     * case. A headline of another story is in title case, and stays out.
     */
    static boolean isListItem(String text) {
        return isListItem(text, TextSignals.wordCount(text));
    }

    /** {@link #isListItem(String)} for a text whose {@link TextSignals#wordCount} is known. */
    static boolean isListItem(String text, int wordCount) {
        if (wordCount < 5) return false;
        int words = 0;
        int capitalized = 0;
        // The text's runs between white space (as \s+ splits them), read in place rather than split into strings.
        int n = text.length();
        for (int i = 0; i < n; ) {
            while (i < n && isRegexSpace(text.charAt(i))) i++;
            int start = i;
            while (i < n && !isRegexSpace(text.charAt(i))) i++;
            if (i - start < 4 || !Character.isLetter(text.codePointAt(start))) continue;
            words++;
            if (Character.isUpperCase(text.codePointAt(start))) capitalized++;
        }
        return words > 0 && capitalized * 2 < words;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** A consent notice is written in sentences; only its own wording, not two mentions of cookies, tells it from an article about them. */
    private static boolean isCookieNotice(Reason r, String text) {
        return r == Reason.COOKIE_NOTICE && text.length() < 400 && BoilerplateVocabulary.COOKIE.matcher(text).find();
    }

    /**
     * How far a non-prose line stretches the gap inside a run: a short sentence ("Click the link
     * above so you can:") belongs to the text around it, a label or a removed block does not.
     */
    private static double gapCost(Block b) {
        if (b.isDecided()) return 1;
        return TextSignals.endsLikeSentence(b.text()) && b.words() >= 3 ? 0 : 1;
    }

    /**
     * A disclaimer is written as prose, so it can sit inside the run; it is told by its legal words,
     * a bounded length, and a place in the second half of the run (articles end, disclaimers follow).
     */
    private static boolean isTrailingDisclaimer(String text, int i, int[] run) {
        return text.length() < 600 && 2 * i > run[0] + run[1]
                && TextSignals.readsAsLegal(text);
    }

    /**
     * A headline glued to its summary by the scraper ("…Strong WR OptionsThe 49ers and…"): a
     * title-case run of three or more words, then a capital right after a lower-case word ending
     * (or a question mark or quote) with no space. That is a teaser card of another story, however much it reads as prose. Brand
     * names inside sentences ("iPhone", "WeWork") do not follow a title-case run.
     */
    static boolean isGluedTeaser(String text) {
        // A glue match is one or three characters long, so the first one ending by the 160th is
        // the line's first one whenever that ends in time: the rest of a long paragraph is not read.
        int glued = glueEnd(text, Math.min(text.length(), GLUE_END));
        if (glued < 15) return false;
        String[] words = TextSignals.SPACES.split(text.substring(0, glued));
        if (words.length < 3) return false;
        int capitalized = 0;
        for (String w : words) {
            if (!w.isEmpty() && !Character.isLowerCase(w.codePointAt(0))) capitalized++;
        }
        return capitalized >= 0.8 * words.length;
    }

    /**
     * Where the first match of {@link #GLUE} within {@code text[0, end)} ends (what follows it may lie past
     * {@code end}), or -1: three lower-case letters or a closing mark, then an upper-case letter and a
     * lower-case one. Read a character at a time, as the pattern would be, for it is asked of every line of
     * a dump and the pattern's classes, tried at every position, made it a tenth of a dump's cleaning; a text
     * with a surrogate pair among what is read is left to the pattern.
     */
    static int glueEnd(String text, int end) {
        int reach = Math.min(text.length(), end + 2);
        for (int i = 0; i < reach; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                Matcher m = GLUE.matcher(text).region(0, end).useTransparentBounds(true);
                return m.find() ? m.end() : -1;
            }
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            int after;
            if (isLower(c)) {
                if (i + 3 > end || !isLower(text.charAt(i + 1)) || !isLower(text.charAt(i + 2))) continue;
                after = i + 3;
            } else if (c == '?' || c == '!' || c == '”' || c == '"' || c == '’' || c == ')') {
                after = i + 1;
            } else {
                continue;
            }
            if (after + 1 < text.length() && Character.getType(text.charAt(after)) == Character.UPPERCASE_LETTER
                    && isLower(text.charAt(after + 1))) {
                return after;
            }
        }
        return -1;
    }

    /** {@code \p{Ll}} of one character. */
    private static boolean isLower(char c) {
        return Character.getType(c) == Character.LOWERCASE_LETTER;
    }

    /**
     * A subheading inside the article: a short line of two words or more, no closing punctuation,
     * right before a paragraph of prose. A label of the page chrome is one word, or sits among
     * other labels rather than before prose.
     */
    private static boolean isSubhead(List<Block> blocks, int i) {
        int words = blocks.get(i).words();
        if (words < 2 || words > 14 || i + 1 >= blocks.size() || isLabel(blocks.get(i).text())) return false;
        Block next = blocks.get(i + 1);
        return (!next.isDecided() || next.isContent()) && isProse(next);
    }

    /**
     * A headline run into its story's opening: a capitalised dateline and a colon ("NEW DELHI:")
     * after five or more words. An article's own dateline opens its first paragraph instead.
     */
    static boolean hasDatelineInside(String text) {
        if (text.indexOf(':') < 0) return false; // which every dateline holds: most lines are spared the pattern
        Matcher m = DATELINE_INSIDE.matcher(text);
        return m.find() && m.start() >= 20 && TextSignals.SPACES.split(text.substring(0, m.start()).strip()).length >= 5
                && !TextSignals.endsLikeSentence(text.substring(0, m.start()).strip());
    }

    private static String unglue(String text) {
        return CASE_CHANGE.matcher(text).replaceAll("$1 $2");
    }

    static boolean isProse(String text) {
        return isProse(text, TextSignals.wordCount(text));
    }

    /** {@link #isProse(String)} of a block, with its word count counted once. */
    static boolean isProse(Block b) {
        return isProse(b.text(), b.words());
    }

    /** {@link #isProse(String)} for a text whose {@link TextSignals#wordCount} is known. */
    static boolean isProse(String text, int words) {
        return words >= 12 && TextSignals.endsLikeSentence(text) || words >= 25 && TextSignals.hasSentencePunctuation(text);
    }

    static boolean looksLikeHeadline(String text) {
        return looksLikeHeadline(text, TextSignals.wordCount(text));
    }

    /** {@link #looksLikeHeadline(String)} for a text whose {@link TextSignals#wordCount} is known. */
    static boolean looksLikeHeadline(String text, int words) {
        return words >= 3 && words <= 30 && !text.endsWith(".");
    }
}
