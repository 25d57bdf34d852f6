package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores every block with the content model and takes its decision: a block the model scores as
 * content stays, whatever a rule said; a block it scores as boilerplate goes, with the rule's
 * reason when a rule named one and {@link Reason#LOW_CONTENT_SCORE} when none did. With a second
 * stage, the first scores every block, then the second decides from each block's features and
 * the first stage's scores around it ({@link NeighbourScores}); on a page typed a forum, a listing, a
 * collection, documentation or a service, the model's second stage for those types decides. The rules'
 * decisions are among the model's features, so it learned when to trust each. Four decisions are
 * not the model's: the scraper's header line, the headline taken as the title, and an error
 * banner, which says the fetch failed and which the training pages, all fetched well, cannot teach,
 * and a text renderer's link addresses written as such, which no training dump holds.
 */
final class ContentScoring implements Stage {
    /** The probability at or above which a block is kept. */
    static final double KEEP = 0.5;
    /**
     * The same on a page typed a listing or a collection, whose main content (WCXB's truth) is every
     * item, where the models, trained mostly on articles, keep one run. Chosen on held-out folds
     * (5 by domain, each page typed by its fold's page-type model): see the README's Page types.
     */
    static final double ITEMS_KEEP = 0.3;
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
        // The blocks the model decides, in page order: the second stage reads their first-stage scores as a sequence.
        List<Block> scored = new ArrayList<>();
        int[] at = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (isFixed(blocks.get(i))) continue;
            at[scored.size()] = i;
            scored.add(blocks.get(i));
        }
        double[] row = new double[rows.width()];
        double[] first = new double[scored.size()];
        for (int s = 0; s < scored.size(); s++) {
            page.checkDeadline("score");
            rows.row(at[s], row);
            if (record) scored.get(s).features(floats(row, row.length));
            if (model != null) first[s] = model.probability(row);
        }
        if (model == null) return;
        boolean stacked = model.hasSecondStage();
        boolean html = model.format() == Format.HTML;
        int width = row.length + NeighbourScores.NAMES.size() + (html ? ContainerScores.NAMES.size() : 0);
        double[] wide = stacked || record ? new double[width] : null;
        double pageMean = NeighbourScores.mean(first);
        double[] last = first;
        if (wide != null) {
            double[] second = new double[scored.size()];
            ContainerScores containers = html ? new ContainerScores(scored, first) : null;
            boolean otherTypes = stacked && model.otherTypesDecide(page.pageType());
            for (int s = 0; s < scored.size(); s++) {
                page.checkDeadline("score");
                rows.row(at[s], wide);
                NeighbourScores.write(first, s, pageMean, wide, row.length);
                if (containers != null) containers.write(s, wide, row.length + NeighbourScores.NAMES.size());
                if (record) scored.get(s).secondStageFeatures(floats(wide, wide.length));
                if (stacked) second[s] = model.secondProbability(wide, otherTypes);
            }
            // The second stage learned articles as runs of blocks; a page whose whole article is one or two
            // blocks (a brief, a paywall's teaser) is rare in training, and emptying it would lose the article
            // and turn a page to review into a reject. It never empties a page the first stage found content on.
            if (stacked && (anyKept(second, KEEP) || !anyKept(first, KEEP))) last = second;
        }
        double keep = keepAt(page.pageType());
        for (int s = 0; s < scored.size(); s++) {
            Block b = scored.get(s);
            double p = last[s];
            b.rememberRuleDecision();
            b.contentScore(p);
            if (p >= keep) {
                b.keep();
            } else if (b.isContent()) {
                b.remove(Reason.LOW_CONTENT_SCORE);
            }
        }
    }

    private static boolean anyKept(double[] scores, double keep) {
        for (double p : scores) {
            if (p >= keep) return true;
        }
        return false;
    }

    /** The keeping threshold for a page of this type. */
    static double keepAt(PageType type) {
        return "listing".equals(type.label()) || "collection".equals(type.label()) ? ITEMS_KEEP : KEEP;
    }

    private static float[] floats(double[] row, int length) {
        float[] copy = new float[length];
        for (int k = 0; k < length; k++) copy[k] = (float) row[k];
        return copy;
    }

    /** Decisions that are not the model's to take. */
    static boolean isFixed(Block b) {
        return b.removal() == Reason.SCRAPER_HEADER || b.removal() == Reason.TITLE || b.removal() == Reason.ERROR_BANNER
                || b.removal() == Reason.LINK_REFERENCES;
    }
}
