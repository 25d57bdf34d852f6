package dev.scrapecleaner.clean;

import java.util.List;

/**
 * Everything a scrape offers for its title, authors and publication date, each value with its
 * source, before any is chosen: what {@link MetadataWeights} are measured on. Runs only the stages
 * that find the evidence (the parse, the metadata sources, and the rules, whose decisions the
 * page-type evidence counts), so that a bench can type the page with a model of its own choosing.
 */
public final class MetadataEvidence {
    private MetadataEvidence() {
    }

    /** The scrape's format and its candidates; an unreadable scrape has none. */
    public static Found of(byte[] raw) {
        DecodedScrape input = new ScrapeDecoder().decode(raw);
        if (!input.ok()) return new Found(Format.NONE, List.of(), null, null);
        Page page = new Page(input);
        List<Stage> stages = input.format() == Format.HTML
                ? List.of(new HtmlParser(), new HtmlMetadata(), new HtmlClassifier())
                : List.of(new TextDumpParser(), new TextDumpClassifier(), new TextDumpMetadata());
        for (Stage s : stages) s.apply(page);
        // As PageTyping reads it: a page without blocks stays untyped.
        float[] typeEvidence = page.blocks().isEmpty() ? null : page.evidence();
        return new Found(input.format(), List.copyOf(page.metadataCandidates()), page.metadata().siteName(), typeEvidence);
    }

    /**
     * A scrape's format, the candidates found in it, the site's name where it gives one, and the
     * page's evidence of its type ({@link PageTypeModel#classify}), null for a page that cannot be typed.
     */
    public record Found(Format format, List<MetadataCandidate> candidates, String site, float[] typeEvidence) {
    }
}
