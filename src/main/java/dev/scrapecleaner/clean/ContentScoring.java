package dev.scrapecleaner.clean;

import java.util.List;

/**
 * Scores every block with the content model and takes its decision: a block the model scores as
 * content stays, whatever a rule said; a block it scores as boilerplate goes, with the rule's
 * reason when a rule named one and {@link Reason#LOW_CONTENT_SCORE} when none did. The rules'
 * decisions are among the model's features, so it learned when to trust each. Three decisions are
 * not the model's: the scraper's header line, the headline taken as the title, and an error
 * banner, which says the fetch failed and which the training pages, all fetched well, cannot teach.
 */
final class ContentScoring implements Stage {
    private final ContentModel model;
    private final boolean record;

    /**
     * @param model  the model for the page's format, or null to keep the rules' decisions
     * @param record whether each block keeps its feature row (for training)
     */
    ContentScoring(ContentModel model, boolean record) {
        this.model = model;
        this.record = record;
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public void apply(Page page) {
        if (model == null && !record || page.featureRows() == null) return;
        FeatureRows rows = page.featureRows().get();
        List<Block> blocks = page.blocks();
        double[] row = new double[rows.width()];
        for (int i = 0; i < blocks.size(); i++) {
            page.checkDeadline("score");
            Block b = blocks.get(i);
            if (isFixed(b)) continue;
            rows.row(i, row);
            if (record) {
                float[] copy = new float[row.length];
                for (int k = 0; k < row.length; k++) copy[k] = (float) row[k];
                b.features(copy);
            }
            if (model == null) continue;
            b.rememberRuleDecision();
            double p = model.probability(row);
            b.contentScore(p);
            if (p >= 0.5) {
                b.keep();
            } else if (b.isContent()) {
                b.remove(Reason.LOW_CONTENT_SCORE);
            }
        }
    }

    /** Decisions that are not the model's to take. */
    static boolean isFixed(Block b) {
        return b.removal() == Reason.SCRAPER_HEADER || b.removal() == Reason.TITLE || b.removal() == Reason.ERROR_BANNER;
    }
}
