package dev.scrapecleaner.clean;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The title, byline and date lines a text dump still holds. Its title is one of the short lines
 * before the article: the one the classifier took as the headline, the one above a byline or a
 * date line, or one of the lines just before the article's first paragraph (the first line of prose
 * the page's own words do not name as something else; each place its own
 * source, weighed by how often it holds the title). Bylines and date lines are read around the
 * article's start. The scraper's header date is the day the page was fetched, never its
 * publication date, and is not read.
 */
final class TextDumpMetadata implements Stage {
    /** How many lines before the article's first paragraph may hold its title, byline and date. */
    static final int BEFORE = 12;
    /** How many lines into the article a byline or date line may sit. */
    static final int AFTER = 4;
    /** How many lines before the article are each their own source of a title. */
    static final int POSITIONS = 6;
    /** How far before the article a title may stand, and how many title-like lines there are read (past {@link #POSITIONS}, as one source). */
    static final int TITLE_BEFORE = 24;
    static final int TITLE_LINES = 12;
    /** How many short trailing segments (a section's, a site's name) a declared title loses at most. */
    static final int SHORT_SEGMENTS = 2;
    private final MetadataWeights weights;

    TextDumpMetadata() {
        this(MetadataWeights.bundled());
    }

    TextDumpMetadata(MetadataWeights weights) {
        this.weights = weights;
    }

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public void apply(Page page) {
        List<MetadataCandidate> candidates = page.metadataCandidates();
        List<Block> blocks = page.blocks();
        int headline = -1;
        int start = -1;
        for (Block b : blocks) {
            if (headline < 0 && b.removal() == Reason.TITLE) headline = b.index();
            if (start < 0 && b.isContent()) start = b.index();
        }
        // The article's first paragraph: the weightiest run of prose may start after it, past a subheading or a quote.
        for (int i = 0; i < start; i++) {
            Block b = blocks.get(i);
            if (b.removal() == Reason.OUTSIDE_MAIN_CONTENT && TextDumpClassifier.isProse(b)) {
                start = i;
                break;
            }
        }
        if (headline >= 0) {
            HtmlMetadataSources.add(candidates, Field.TITLE, "headline line before the article", blocks.get(headline).text());
        }
        if (start > 0 && isTitleLike(blocks.get(start - 1).text()) && blocks.get(start - 1).removal() != Reason.SCRAPER_HEADER) {
            HtmlMetadataSources.add(candidates, Field.TITLE, "line right before the first paragraph", blocks.get(start - 1).text());
        }
        if (start >= 0) {
            int n = 0;
            for (int i = start - 1; i >= 0 && i >= start - TITLE_BEFORE && n < TITLE_LINES; i--) {
                Block b = blocks.get(i);
                if (b.removal() == Reason.SCRAPER_HEADER) break;
                if (!isTitleLike(b.text())) continue;
                n++;
                HtmlMetadataSources.add(candidates, Field.TITLE,
                        n <= POSITIONS ? "title-like line " + n + " before the article" : "title-like line further before the article", b.text());
            }
            if (blocks.get(start).isContent() && isTitleLike(blocks.get(start).text())) {
                HtmlMetadataSources.add(candidates, Field.TITLE, "title-like first line of the article", blocks.get(start).text());
            }
            int from = Math.max(0, start - BEFORE);
            for (int i = from; i <= Math.min(blocks.size() - 1, start + AFTER); i++) {
                String text = blocks.get(i).text();
                boolean byline = TextSignals.isByline(text);
                boolean dated = !byline && text.length() <= 120 && TextSignals.isDateLine(text) && DateText.find(text) != null;
                if (!byline && !dated) continue;
                for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                    Block above = blocks.get(j);
                    if (above.removal() == Reason.SCRAPER_HEADER) break;
                    if (TextSignals.isByline(above.text()) || TextSignals.isDateLine(above.text())) continue;
                    if (isTitleLike(above.text())) {
                        HtmlMetadataSources.add(candidates, Field.TITLE,
                                byline ? "title-like line above a byline" : "title-like line above a date line", above.text());
                    }
                    break;
                }
                break;
            }
            NearHeadline.candidates(blocks, start, BEFORE, AFTER, "article's start", null, true, candidates);
        }
        List<MetadataCandidate> traited = TitleLineTraits.of(blocks, start).apply(candidates);
        candidates.clear();
        candidates.addAll(traited);
        page.headlineExactly(page.title());
        HtmlMetadata.chooseTitle(page, Format.TEXT, weights, page.metadata());
        // A dump declares no title to weigh its lines against: where none is sure enough, the title is the
        // likeliest line, as a reader of the dump would take it (the seed's contract), and says so.
        MetadataWeights.Choice likeliest = weights.give(Format.TEXT, Field.TITLE, candidates, page.metadata().siteName(), null);
        if (page.title() == null && likeliest != null) {
            page.title(likeliest.values().get(0));
            Metadata m = page.metadata();
            Map<String, String> sources = new LinkedHashMap<>();
            sources.put(Field.TITLE.label(), likeliest.reason() + String.format(Locale.ROOT,
                    "; the likeliest line, no source sure enough (chance %.2f)", likeliest.chance()));
            sources.putAll(m.sources());
            page.metadata(new Metadata(m.publishedDate(), m.authors(), m.siteName(), m.url(), m.language(), sources));
        }
        ReaderPreamble reader = page.reader();
        if (reader != null && reader.title() != null) declaredTitle(page, reader);
    }

    /**
     * The title a reader service declared (the page's {@code <title>}) stands before any line's, less the
     * site's name where its address names the site, and less a short last segment or two ("… | News |
     * Example"): a {@code <title>} most often ends with the site's and the section's names.
     */
    private static void declaredTitle(Page page, ReaderPreamble reader) {
        String title = HtmlParser.collapse(reader.title());
        String named = HtmlMetadataSources.withoutSiteName(title, null, HtmlMetadataSources.domainLabel(reader.urlSource()));
        String kept = named != null ? named : title;
        int cut = 0;
        for (String shorter; cut < SHORT_SEGMENTS && (shorter = HtmlMetadataSources.withoutShortSegment(kept)) != null; cut++) {
            kept = shorter;
        }
        page.title(kept);
        Metadata m = page.metadata();
        Map<String, String> sources = new LinkedHashMap<>(m.sources());
        sources.put(Field.TITLE.label(), "title from the reader's Title field" + (named != null ? ", site name removed" : "")
                + (cut == 1 ? ", short last segment removed" : cut > 1 ? ", short last segments removed" : ""));
        page.metadata(new Metadata(m.publishedDate(), m.authors(), m.siteName(), m.url(), m.language(), sources));
    }

    /**
     * A line that could be a headline: one to thirty words with a letter among them (a share count,
     * "4", is none), not a sentence's end, not a date or a byline. A line is a date only where a date
     * reads in it: "7 Trends to Watch in 2025" has a year and a number but is a headline.
     */
    static boolean isTitleLike(String text) {
        int words = TextSignals.wordCount(text);
        return words >= 1 && words <= 30 && text.length() <= 250 && !text.endsWith(".") && TitleLineTraits.firstLetter(text) >= 0
                && !TextSignals.isByline(text) && !(TextSignals.isDateLine(text) && DateText.find(text) != null);
    }
}
