package dev.scrapecleaner.clean;

/**
 * One block of a page in page order: a paragraph, heading, list item or line of a text dump,
 * with the signals the classifier reads and the decision it took.
 */
public final class Block {
    private final int index;
    private final String text;
    private final String tag;
    private final double linkDensity;
    private org.jsoup.nodes.Element element;
    private Reason removal;
    private boolean content;
    private Reason textReason;
    private boolean textReasonKnown;
    private int words = -1;
    private boolean continuesLine;
    private double contentScore = Double.NaN;
    private boolean ruleDecisionKept;
    private Reason ruleRemoval;
    private boolean keptByRules;
    private float[] features;
    private float[] secondStageFeatures;
    private String articleText;

    /**
     * @param index       position in the page, from 0
     * @param text        the block's visible text, whitespace-collapsed
     * @param tag         the element name for HTML (p, h1, li, ...), "line" for a text dump
     * @param linkDensity share of the text that sits inside links, 0 for text dumps
     */
    public Block(int index, String text, String tag, double linkDensity) {
        this.index = index;
        this.text = text;
        this.tag = tag;
        this.linkDensity = linkDensity;
    }

    public int index() {
        return index;
    }

    public String text() {
        return text;
    }

    /**
     * The block's text as the article shows it: its text, but for what a text browser wrote in place of a
     * picture ({@link BrowserPlaceholders#articleText}), which the content model reads and the article does not.
     * Empty when the block was only that.
     */
    public String articleText() {
        return articleText != null ? articleText : text;
    }

    void articleText(String articleText) {
        this.articleText = articleText.equals(text) ? null : articleText;
    }

    public String tag() {
        return tag;
    }


    public double linkDensity() {
        return linkDensity;
    }

    /** The HTML element that owns this block's text, null for text dumps. */
    public org.jsoup.nodes.Element element() {
        return element;
    }

    void element(org.jsoup.nodes.Element element) {
        this.element = element;
    }

    /** What the block's own words announce ({@link TextSignals#reasonForShortText}), worked out once: stages ask repeatedly. */
    Reason textReason() {
        if (!textReasonKnown) {
            textReason = TextSignals.reasonForShortText(text);
            textReasonKnown = true;
        }
        return textReason;
    }

    /** The text's {@link TextSignals#wordCount}, counted once: rules and features ask it of every block. */
    int words() {
        if (words < 0) words = TextSignals.wordCount(text);
        return words;
    }

    /** True once a stage has kept this block as article body. */
    public boolean isContent() {
        return content;
    }

    /** Why this block was removed, or null if it was not. */
    public Reason removal() {
        return removal;
    }

    public boolean isDecided() {
        return content || removal != null;
    }

    /** Marks the block as article body, clearing any earlier removal. */
    public void keep() {
        this.content = true;
        this.removal = null;
    }

    /** Marks the block as removed for a reason. */
    public void remove(Reason reason) {
        this.content = false;
        this.removal = reason;
    }

    /** Remembers the rules' decision before the content model takes its own. */
    void rememberRuleDecision() {
        ruleDecisionKept = true;
        ruleRemoval = removal;
        keptByRules = content;
    }

    /**
     * Whether the rules kept this block as article body, whatever the content model then decided:
     * the verdict asks the rules whether a page is an article at all (a listing's items are main
     * content, but no article).
     */
    public boolean keptByRules() {
        return ruleDecisionKept ? keptByRules : content || removal == Reason.DUPLICATE;
    }

    /** Why the rules removed this block, or null if they kept it (see {@link #keptByRules()}). */
    public Reason ruleRemoval() {
        return ruleDecisionKept ? ruleRemoval : removal;
    }

    /** The model's probability that this block is main content; NaN when no model scored it. */
    public double contentScore() {
        return contentScore;
    }

    void contentScore(double score) {
        this.contentScore = score;
    }

    /**
     * The feature row the model read for this block, in the order of
     * {@link ContentModel#featureNames(Format)}; null unless the cleaner was asked to record them
     * ({@link Cleaner#recordingFeatures()}), as training is.
     */
    public float[] features() {
        return features == null ? null : features.clone();
    }

    void features(float[] features) {
        this.features = features;
    }

    /**
     * The block's row for a second stage ({@link ContentModel#secondStageNames(Format)}): its
     * features and the first stage's scores around it; null unless a cleaner with a model was asked
     * to record features.
     */
    public float[] secondStageFeatures() {
        return secondStageFeatures == null ? null : secondStageFeatures.clone();
    }

    void secondStageFeatures(float[] features) {
        this.secondStageFeatures = features;
    }

    /** Marks the block as the next part of the line before it (a table cell after the first of its row). */
    void continueLine() {
        this.continuesLine = true;
    }

    /** Whether the article joins this block to the block before it, on one line, when both are kept. */
    public boolean continuesLine() {
        return continuesLine;
    }

    public boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }

    @Override
    public String toString() {
        return index + ":" + tag + (content ? "+" : removal == null ? "?" : "-" + removal.code()) + " " + text;
    }
}
