package dev.scrapecleaner.clean;

import java.util.List;

/**
 * Everything a scrape offers for its title, authors and publication date, each value with its
 * source, before any is chosen: what {@link MetadataWeights} are measured on. Runs only the stages
 * that find the evidence (the parse, and for a text dump the rules that find its headline).
 */
public final class MetadataEvidence {
    private MetadataEvidence() {
    }

    /** The scrape's format and its candidates; an unreadable scrape has none. */
    public static Found of(byte[] raw) {
        DecodedScrape input = new ScrapeDecoder().decode(raw);
        if (!input.ok()) return new Found(Format.NONE, List.of(), null);
        Page page = new Page(input);
        List<Stage> stages = input.format() == Format.HTML
                ? List.of(new HtmlParser(), new HtmlMetadata())
                : List.of(new TextDumpParser(), new TextDumpClassifier(), new TextDumpMetadata());
        for (Stage s : stages) s.apply(page);
        return new Found(input.format(), List.copyOf(page.metadataCandidates()), page.metadata().siteName());
    }

    /** A scrape's format, the candidates found in it, and the site's name where it gives one. */
    public record Found(Format format, List<MetadataCandidate> candidates, String site) {
    }
}
