package dev.scrapecleaner.clean;

import java.util.List;

/**
 * The features of a text dump's lines, in one place and named: the line's own words
 * ({@link TextShape}), where it sits against the weightiest run of prose (before, inside, after,
 * how far), what its own run weighs against that one ({@link ProseRuns}), how far the nearest prose
 * lies either side, what structure it belongs to (a flattened table, a numbered or bulleted list), the
 * shapes the rules look for (a glued teaser, a dateline run into a headline, a comment section
 * above it), and what the rules decided. Nothing here is one renderer's habit: bullets and widget
 * marks are features whose weight the data sets.
 */
final class LineFeatures {
    private static final List<String> OWN_NAMES = List.of("line.prose", "line.in_run", "line.before_run",
            "line.after_run", "line.run_distance_log", "line.run_found", "line.run_share", "line.structured",
            "line.table_cell", "line.list_item", "line.subhead", "line.headline_shape", "line.glued_teaser",
            "line.dateline_inside", "line.after_comments", "line.page_prose_share", "line.run_weight_share",
            "line.run_rank_log", "line.since_prose_log", "line.until_prose_log");
    static final List<String> BASE_NAMES = FeatureRows.baseNames(OWN_NAMES);
    /** What a neighbour contributes: whether the rules kept it, its length, prose shape, bullet and run membership. */
    private static final int[] NEIGHBOUR_COLUMNS = FeatureRows.columns(BASE_NAMES, "rule.kept", "text.chars_log", "line.prose",
            "text.ends_sentence", "text.stopword_share", "text.opens_with_bullet", "line.in_run", "text.capitalized_share");
    // No page evidence: as features of a dump's lines it cost the held-out dev dumps 0.004 to 0.007 in two runs.
    // Nor the page-type model's probabilities (as the last columns of both forms' rows, each training page typed by
    // its fold's model): one run left every form level (WCXB text 0.799 to 0.796, HTML 0.847 to 0.845, dev alike).
    // The last four (its run's weight and rank against the article's, the lines since and until prose) go together: an
    // article cut by a box of other stories is two weighty runs, a teaser one prose line among short ones. Held out
    // (two 5-fold runs, seeds 20261129 and 7), the four lifted every dump form of both sets (dev text/ +0.002 and
    // +0.006, WCXB +0.001 and +0.003); the distances alone left them level (dev text/ -0.002), and the runs alone rose
    // with one seed and fell with the other (dev text/ +0.004, -0.004).
    static final List<String> NAMES = FeatureRows.names(BASE_NAMES, NEIGHBOUR_COLUMNS, List.of());

    private LineFeatures() {
    }


    /**
     * The dump's feature rows, from the rules' evidence.
     *
     * @param runs       the runs of prose, the weightiest the article
     * @param structured lines of flattened tables and enumerated lists
     * @param columns    each line's cell index in a flattened table ({@link FlattenedTables#NO_CELL} for none)
     */
    static FeatureRows rows(Page page, ProseRuns runs, boolean[] structured, int[] columns) {
        int[] run = runs.main();
        List<Block> blocks = page.blocks();
        int n = blocks.size();
        boolean[] prose = new boolean[n];
        int[] words = new int[n];
        double pageChars = 0;
        double proseChars = 0;
        double runChars = 0;
        int commentsFrom = n;
        int end = FeatureRows.pageEnd(blocks);
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            words[i] = b.words();
            prose[i] = TextDumpClassifier.isProse(b.text(), words[i]);
            int chars = i < end ? b.text().length() : 0;
            pageChars += chars;
            if (prose[i]) proseChars += chars;
            if (run != null && i >= run[0] && i <= run[1]) runChars += chars;
            if (commentsFrom == n && b.removal() == Reason.COMMENTS) commentsFrom = i;
        }
        // How far each line is from prose on either side: a teaser is one prose line among short ones.
        int[] sinceProse = new int[n];
        int[] untilProse = new int[n];
        for (int i = 0, last = -1; i < n; i++) {
            sinceProse[i] = i - last;
            if (prose[i]) last = i;
        }
        for (int i = n - 1, next = n; i >= 0; i--) {
            untilProse[i] = next - i;
            if (prose[i]) next = i;
        }
        float[][] base = new float[n][BASE_NAMES.size()];
        double[] text = new double[TextShape.NAMES.size()];
        for (int i = 0; i < n; i++) {
            page.checkDeadline("score");
            Block b = blocks.get(i);
            float[] row = base[i];
            int k = FeatureRows.sharedColumns(b, row, text);
            boolean inRun = run != null && i >= run[0] && i <= run[1];
            int distance = run == null ? n : inRun ? 0 : i < run[0] ? run[0] - i : i - run[1];
            String s = b.text();
            row[k++] = flag(prose[i]);
            row[k++] = flag(inRun);
            row[k++] = flag(run != null && i < run[0]);
            row[k++] = flag(run != null && i > run[1]);
            row[k++] = (float) Math.log1p(distance);
            row[k++] = flag(run != null);
            row[k++] = (float) (pageChars == 0 ? 0 : runChars / pageChars);
            row[k++] = flag(structured[i]);
            row[k++] = flag(columns[i] != FlattenedTables.NO_CELL);
            row[k++] = flag(TextDumpClassifier.isListItem(s, words[i]));
            row[k++] = flag(i + 1 < n && prose[i + 1] && !prose[i] && words[i] <= 14);
            row[k++] = flag(TextDumpClassifier.looksLikeHeadline(s, words[i]));
            row[k++] = flag(s.length() < 400 && TextDumpClassifier.isGluedTeaser(s));
            row[k++] = flag(s.length() < 400 && TextDumpClassifier.hasDatelineInside(s));
            row[k++] = flag(i > commentsFrom);
            row[k++] = (float) (pageChars == 0 ? 0 : proseChars / pageChars);
            row[k++] = (float) runs.weightShare(i);
            row[k++] = (float) runs.rankLog(i);
            row[k++] = (float) Math.log(sinceProse[i]);
            row[k++] = (float) Math.log(untilProse[i]);
        }
        return new FeatureRows(blocks, base, NEIGHBOUR_COLUMNS, BASE_NAMES.indexOf("rule.kept"),
                BASE_NAMES.indexOf("line.prose"), new float[0]);
    }

    private static float flag(boolean b) {
        return b ? 1 : 0;
    }
}
