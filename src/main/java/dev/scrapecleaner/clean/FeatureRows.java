package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's feature rows: each block's own features (its base row), and, assembled on demand, the
 * full row the model reads, which adds the base features of the blocks around it and the page's
 * position and repetition figures. Base rows are floats and the full rows are built one at a time,
 * so that a dump of 200,000 lines holds one small array per line, not the wide matrix.
 */
final class FeatureRows {
    /** Neighbours read, by offset from the block. */
    private static final int[] OFFSETS = {-2, -1, 1, 2};
    /** How far the window of shares reaches either side. */
    private static final int WINDOW = 3;
    /** The value of a neighbour's feature before the page's first block or after its last. */
    static final float ABSENT = -1;

    /**
     * The rule's decision before the model: kept, or removed for one of these reasons. The model
     * learns when to trust each; it is a feature, not a verdict.
     */
    private static final Reason[] RULE_REASONS = {Reason.ERROR_BANNER, Reason.NAVIGATION, Reason.LEGAL_DISCLAIMER,
            Reason.RELATED_LINKS, Reason.COMMENTS, Reason.SHARE_BAR, Reason.COOKIE_NOTICE, Reason.BYLINE, Reason.CAPTION,
            Reason.ADVERTISING, Reason.NEWSLETTER, Reason.METADATA, Reason.LINK_DENSE, Reason.SHORT_FRAGMENT,
            Reason.OUTSIDE_MAIN_CONTENT};
    static final List<String> RULE_NAMES = ruleNames();

    private final float[][] base;
    private final int[] neighbourColumns;
    private final int keptColumn;
    private final int proseColumn;
    private final int width;
    private final double[] charsBefore;
    private final int[] repeats;
    private final double totalChars;
    private final float[] evidence;

    /**
     * @param base             each block's base row, in page order
     * @param neighbourColumns the base columns copied from each neighbour
     * @param keptColumn       the base column that says the rule kept the block (for the window share)
     * @param proseColumn      the base column that says the block reads as prose (for the window share)
     * @param evidence         the page's evidence of its kind ({@link PageEvidence}), the same in every row
     */
    FeatureRows(List<Block> blocks, float[][] base, int[] neighbourColumns, int keptColumn, int proseColumn, float[] evidence) {
        this.base = base;
        this.evidence = evidence;
        this.neighbourColumns = neighbourColumns;
        this.keptColumn = keptColumn;
        this.proseColumn = proseColumn;
        int baseWidth = base.length == 0 ? 0 : base[0].length;
        this.width = baseWidth + OFFSETS.length * neighbourColumns.length + 2 + PAGE_NAMES.size() + evidence.length;
        this.charsBefore = new double[blocks.size()];
        this.repeats = new int[blocks.size()];
        Map<String, Integer> counts = new HashMap<>();
        double chars = 0;
        int end = pageEnd(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            charsBefore[i] = chars;
            if (i < end) chars += blocks.get(i).text().length();
            counts.merge(blocks.get(i).text(), 1, Integer::sum);
        }
        for (int i = 0; i < blocks.size(); i++) repeats[i] = counts.get(blocks.get(i).text());
        this.totalChars = chars;
    }

    /**
     * Where the page's own blocks end: before the list of the links' addresses a renderer writes after
     * the page (lynx's References), which is not the page's text. Counted in the page's figures, it made
     * a dump's article read as the first fifth of its page, and its type another's.
     */
    static int pageEnd(List<Block> blocks) {
        int end = blocks.size();
        while (end > 0 && blocks.get(end - 1).removal() == Reason.LINK_REFERENCES) end--;
        return end;
    }

    private static final List<String> PAGE_NAMES = List.of("page.position", "page.chars_before_share",
            "page.repeats_log", "page.blocks_log");

    /** The full row's names: the base names, the neighbours', the window shares, the page figures and its evidence. */
    static List<String> names(List<String> baseNames, int[] neighbourColumns, List<String> evidenceNames) {
        List<String> n = new ArrayList<>(baseNames);
        for (int off : OFFSETS) {
            String prefix = (off < 0 ? "prev" : "next") + Math.abs(off) + ".";
            for (int c : neighbourColumns) n.add(prefix + baseNames.get(c));
        }
        n.add("window.kept_share");
        n.add("window.prose_share");
        n.addAll(PAGE_NAMES);
        n.addAll(evidenceNames);
        return List.copyOf(n);
    }

    /** A form's base names: the text's, the rules' decision, then the form's own. */
    static List<String> baseNames(List<String> own) {
        List<String> n = new ArrayList<>(TextShape.NAMES);
        n.addAll(RULE_NAMES);
        n.addAll(own);
        return List.copyOf(n);
    }

    /** The indices of named base features, failing at class load on a name that is not one. */
    static int[] columns(List<String> baseNames, String... names) {
        int[] c = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            c[i] = baseNames.indexOf(names[i]);
            if (c[i] < 0) throw new IllegalStateException("no feature " + names[i]);
        }
        return c;
    }

    int width() {
        return width;
    }

    int size() {
        return base.length;
    }

    /** Fills {@code out} with block {@code i}'s full row. */
    void row(int i, double[] out) {
        float[] own = base[i];
        int k = 0;
        for (float v : own) out[k++] = v;
        for (int off : OFFSETS) {
            int j = i + off;
            boolean present = j >= 0 && j < base.length;
            for (int c : neighbourColumns) out[k++] = present ? base[j][c] : ABSENT;
        }
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(base.length - 1, i + WINDOW);
        double kept = 0;
        double prose = 0;
        for (int j = from; j <= to; j++) {
            if (j == i) continue;
            kept += base[j][keptColumn];
            prose += base[j][proseColumn];
        }
        int others = Math.max(1, to - from);
        out[k++] = kept / others;
        out[k++] = prose / others;
        out[k++] = base.length <= 1 ? 0 : i / (double) (base.length - 1);
        out[k++] = totalChars == 0 ? 0 : charsBefore[i] / totalChars;
        out[k++] = Math.log(repeats[i]);
        out[k++] = Math.log1p(base.length);
        for (float v : evidence) out[k++] = v;
    }

    private static List<String> ruleNames() {
        List<String> n = new ArrayList<>();
        n.add("rule.kept");
        for (Reason r : RULE_REASONS) n.add("rule." + r.code());
        return List.copyOf(n);
    }

    /**
     * Writes the columns every form shares, the block's own words ({@link TextShape}) and the
     * rules' decision, and returns where the form's own columns begin.
     *
     * @param scratch an array of {@code TextShape.NAMES.size()}, reused from block to block
     */
    static int sharedColumns(Block b, float[] row, double[] scratch) {
        TextShape.compute(b, scratch, 0);
        copy(scratch, row, 0);
        ruleDecision(b, row, scratch.length);
        return scratch.length + RULE_NAMES.size();
    }

    /** Writes the rule's decision on the block, in the order of {@link #RULE_NAMES}. */
    static void ruleDecision(Block b, float[] out, int offset) {
        out[offset] = b.isContent() ? 1 : 0;
        Reason removal = b.removal();
        for (int i = 0; i < RULE_REASONS.length; i++) out[offset + 1 + i] = removal == RULE_REASONS[i] ? 1 : 0;
    }

    /** Copies a double row into a float row at an offset. */
    static void copy(double[] from, float[] to, int offset) {
        for (int i = 0; i < from.length; i++) to[offset + i] = (float) from[i];
    }
}
