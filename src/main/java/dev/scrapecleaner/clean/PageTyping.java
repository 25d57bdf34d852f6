package dev.scrapecleaner.clean;

/**
 * Names the page's type from its evidence, with the page-type model for its format; without a
 * model (rules alone, or a jar that carries none) the page stays untyped. Removes nothing: the
 * type is reported, and the HTML content model reads the same evidence itself.
 */
final class PageTyping implements Stage {
    private final PageTypeModel model;

    PageTyping(PageTypeModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "type";
    }

    @Override
    public void apply(Page page) {
        // Read here, after the rules and before the content model, in training as in use: the evidence
        // counts what the rules kept.
        float[] evidence = page.evidence();
        if (model == null || page.blocks().isEmpty()) return;
        page.pageType(model.classify(evidence, page.words()));
    }
}
