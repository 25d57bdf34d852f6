package dev.scrapecleaner.clean;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a page's authors and publication date among its candidates once the page is typed: the
 * same JSON-LD {@code datePublished} is a publication date on an article and seldom one on a product
 * or a service page, so the weights ({@link MetadataWeights}) read the type beside the sources. A
 * field no value makes sure enough is left empty; the reason for each value is recorded.
 */
final class MetadataChoice implements Stage {
    private final MetadataWeights weights;

    MetadataChoice() {
        this(MetadataWeights.bundled());
    }

    MetadataChoice(MetadataWeights weights) {
        this.weights = weights;
    }

    @Override
    public String name() {
        // Timed with the stage that gathered the candidates: one figure for the metadata, as before.
        return "metadata";
    }

    @Override
    public void apply(Page page) {
        Metadata found = page.metadata();
        Format format = page.input().format();
        String type = page.pageType().label();
        List<MetadataCandidate> candidates = page.metadataCandidates();
        MetadataWeights.Choice author = weights.choose(format, Field.AUTHOR, candidates, found.siteName(), type);
        // A date the dump's reader service declared (the page's own metadata) stands before any line's.
        String declared = found.publishedDate();
        MetadataWeights.Choice date = declared != null ? null : weights.choose(format, Field.DATE, candidates, found.siteName(), type);
        Map<String, String> sources = new LinkedHashMap<>(found.sources());
        if (author != null) sources.put(author.field().label(), author.reason());
        if (date != null) sources.put(date.field().label(), date.reason());
        page.metadata(new Metadata(declared != null ? declared : date == null ? null : date.values().get(0),
                author == null ? List.of() : author.values(),
                found.siteName(), found.url(), found.language(), sources));
    }
}
