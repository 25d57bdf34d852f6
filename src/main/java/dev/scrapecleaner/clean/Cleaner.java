package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cleaning core: raw scrape bytes in, clean article and the facts behind it out. Runs a
 * pipeline of {@link Stage}s (parse, metadata, classify by rules, type the page, choose the authors
 * and date, score with the content model, dedupe) chosen by the detected format, then assembles the
 * article from the blocks kept.
 * Thread-safe; never throws for bad input.
 */
public final class Cleaner {
    private final ScrapeDecoder decoder;
    private final ContentModel htmlModel;
    private final ContentModel textModel;
    private final boolean recordFeatures;
    private final PageTypeModel htmlTypes;
    private final PageTypeModel textTypes;

    /** A cleaner with the content models this version ships. */
    public Cleaner() {
        this(new ScrapeDecoder());
    }

    public Cleaner(ScrapeDecoder decoder) {
        this(decoder, ContentModel.bundled(Format.HTML), ContentModel.bundled(Format.TEXT));
    }

    /**
     * A cleaner with the given content models; a null model leaves that format to the rules alone
     * (how the models' training data is gathered, and how a fold's model is judged on pages it never saw).
     */
    public Cleaner(ScrapeDecoder decoder, ContentModel htmlModel, ContentModel textModel) {
        this(decoder, htmlModel, textModel, false, PageTypeModel.bundled(Format.HTML), PageTypeModel.bundled(Format.TEXT));
    }

    private Cleaner(ScrapeDecoder decoder, ContentModel htmlModel, ContentModel textModel, boolean recordFeatures,
                    PageTypeModel htmlTypes, PageTypeModel textTypes) {
        this.decoder = decoder;
        this.htmlModel = htmlModel;
        this.textModel = textModel;
        this.recordFeatures = recordFeatures;
        this.htmlTypes = htmlTypes;
        this.textTypes = textTypes;
    }

    /** The same cleaner, keeping each block's feature row ({@link Block#features()}) for training. */
    public Cleaner recordingFeatures() {
        return new Cleaner(decoder, htmlModel, textModel, true, htmlTypes, textTypes);
    }

    /** The same cleaner with other page-type models; a null one leaves that format's pages untyped. */
    public Cleaner withPageTypes(PageTypeModel html, PageTypeModel text) {
        return new Cleaner(decoder, htmlModel, textModel, recordFeatures, html, text);
    }

    public CleanResult clean(byte[] raw) {
        return clean(raw, Deadline.none());
    }

    /**
     * Cleans within a deadline: when it passes, cleaning stops at the next check and the result
     * is empty with a {@code time-budget} problem, so the caller still has time to say so.
     */
    public CleanResult clean(byte[] raw, Deadline deadline) {
        long t0 = System.nanoTime();
        DecodedScrape input = decoder.decode(raw);
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("decode", System.nanoTime() - t0);
        return clean(input, timings, deadline, t0);
    }

    public CleanResult clean(DecodedScrape input) {
        return clean(input, new LinkedHashMap<>(), Deadline.none(), System.nanoTime());
    }

    private CleanResult clean(DecodedScrape input, Map<String, Long> timings, Deadline deadline, long start) {
        Page page = new Page(input);
        WarcResponse warc = input.warc();
        if (warc != null) {
            // What the crawler saw, as a scraper's line says it: the day it fetched the page and the server's status.
            page.header(new ScraperHeader(warc.fetchDate(), warc.httpStatus()));
            if (warc.records() > 1) page.signal(TextDumpParser.SEVERAL_RECORDS);
        }
        if (!input.ok()) {
            return new CleanResult(input, Article.empty(), List.of(), page.header(), page.signals(), timings, PageType.UNTYPED);
        }
        page.deadline(deadline);
        try {
            boolean html = input.format() == Format.HTML;
            for (Stage stage : stagesFor(input.format(), html ? htmlModel : textModel, recordFeatures, html ? htmlTypes : textTypes)) {
                deadline.check(stage.name());
                long t = System.nanoTime();
                stage.apply(page);
                timings.merge(stage.name(), System.nanoTime() - t, Long::sum);
            }
        } catch (Deadline.Exceeded e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            return unreadable(input.inputBytes(), InputProblem.of("time-budget", "Cleaning was stopped in its '"
                    + e.stage() + "' stage after " + ms + " ms, before the function's time ran out, so that this report"
                    + " could still be written. The raw object is untouched; a longer timeout or more memory (hence CPU)"
                    + " would let it finish."));
        }
        long t = System.nanoTime();
        Article article = assemble(page);
        timings.put("assemble", System.nanoTime() - t);
        return new CleanResult(input, article, page.blocks(), page.header(), page.signals(), timings, page.pageType(),
                recordFeatures ? page.evidence() : null, recordFeatures ? page.words() : null);
    }

    /** The result for a scrape that could not be read at all (too large, unreadable): empty, with the problem. */
    public static CleanResult unreadable(long inputBytes, InputProblem problem) {
        DecodedScrape input = DecodedScrape.failed(inputBytes, false, problem);
        return new CleanResult(input, Article.empty(), List.of(), null, java.util.Set.of(), Map.of(), PageType.UNTYPED);
    }

    static List<Stage> stagesFor(Format format, ContentModel model, boolean recordFeatures, PageTypeModel types) {
        Stage scoring = new ContentScoring(model, recordFeatures);
        Stage typing = new PageTyping(types);
        if (format == Format.HTML) {
            return List.of(new HtmlParser(), new HtmlMetadata(), new HtmlClassifier(), typing, new MetadataChoice(), scoring,
                    new InDocumentDedupe());
        }
        return List.of(new TextDumpParser(), new TextDumpClassifier(), new TextDumpMetadata(), typing, new MetadataChoice(),
                scoring, new InDocumentDedupe());
    }

    private static Article assemble(Page page) {
        List<String> paragraphs = new ArrayList<>();
        Block previous = null;
        for (Block b : page.blocks()) {
            if (!b.isContent()) {
                previous = b;
                continue;
            }
            // A dump's line reads without what its browser wrote in place of a picture; a line of nothing else adds nothing.
            String text = b.articleText();
            if (text.isEmpty()) {
                previous = b;
                continue;
            }
            if (b.continuesLine() && previous != null && previous.isContent() && !paragraphs.isEmpty()) {
                paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + text);
            } else {
                paragraphs.add(text);
            }
            previous = b;
        }
        return new Article(page.title(), page.headline(), paragraphs, page.metadata());
    }
}
