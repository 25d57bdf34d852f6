package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * The working state of one scrape while it moves through the cleaning stages: its blocks in
 * page order, and what the stages learned about it so far.
 */
public final class Page {
    private final DecodedScrape input;
    private final List<Block> blocks = new ArrayList<>();
    private final Set<String> signals = new LinkedHashSet<>();
    private Document document;
    private String title;
    private String headline;
    private boolean headlineExactly;
    private java.util.List<MetadataCandidate> metadataCandidates = new ArrayList<>();
    private Metadata metadata = Metadata.EMPTY;
    private PageType pageType = PageType.UNTYPED;
    private float[] evidence;
    private java.util.List<String> words;
    private MarkupEvidence markup;
    private ScraperHeader header;
    private ReaderPreamble reader;
    private Deadline deadline = Deadline.none();
    private java.util.function.Supplier<FeatureRows> featureRows;
    private boolean recordFeatures;

    public Page(DecodedScrape input) {
        this.input = input;
    }

    public DecodedScrape input() {
        return input;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Things the stages noticed about the page as a whole, such as {@code error-banner}. */
    public Set<String> signals() {
        return Collections.unmodifiableSet(signals);
    }

    public void signal(String name) {
        signals.add(name);
    }

    /** The parsed DOM for HTML pages, null for text dumps. */
    public Document document() {
        return document;
    }

    void document(Document document) {
        this.document = document;
    }

    public String title() {
        return title;
    }

    public void title(String title) {
        this.title = title;
    }

    /**
     * The headline as the page shows it, which the classifier takes out of the body; the
     * {@link #title()} unless a stage set one apart (the article's title may come from a meta tag).
     */
    public String headline() {
        return headline != null || headlineExactly ? headline : title;
    }

    void headline(String headline) {
        this.headline = headline;
    }

    /** Sets the headline apart from the title even when there is none: a text dump's title may be a line it does not show as a headline. */
    void headlineExactly(String headline) {
        this.headline = headline;
        this.headlineExactly = true;
    }

    /** Every value the page offers for a title, author or date, with its source, as the stages found them. */
    public java.util.List<MetadataCandidate> metadataCandidates() {
        return metadataCandidates;
    }

    public Metadata metadata() {
        return metadata;
    }

    public void metadata(Metadata metadata) {
        this.metadata = metadata == null ? Metadata.EMPTY : metadata;
    }

    void deadline(Deadline deadline) {
        this.deadline = deadline;
    }

    /** Stages call this inside their long loops: throws {@link Deadline.Exceeded} once time is up. */
    void checkDeadline(String stage) {
        deadline.check(stage);
    }

    /** How the page's feature rows are built from what the classifier found; null before it ran. */
    java.util.function.Supplier<FeatureRows> featureRows() {
        return featureRows;
    }

    void featureRows(java.util.function.Supplier<FeatureRows> featureRows) {
        this.featureRows = featureRows;
    }

    /** Whether each block keeps its feature row, for training: off in production, where rows are built one at a time. */
    boolean recordFeatures() {
        return recordFeatures;
    }

    void recordFeatures(boolean recordFeatures) {
        this.recordFeatures = recordFeatures;
    }

    public ScraperHeader header() {
        return header;
    }

    public void header(ScraperHeader header) {
        this.header = header;
    }

    /** What a reader service declared before the dump's page (its title, address and date), or null. */
    ReaderPreamble reader() {
        return reader;
    }

    void reader(ReaderPreamble reader) {
        this.reader = reader;
    }

    /** What kind of page this is; {@link PageType#UNTYPED} until the page-type stage reads it. */
    public PageType pageType() {
        return pageType;
    }

    void pageType(PageType pageType) {
        this.pageType = pageType == null ? PageType.UNTYPED : pageType;
    }

    /**
     * What the page shows of its kind ({@link PageEvidence}), computed on first use from the blocks,
     * the markup and the metadata: read by the page-type model and by the HTML content model.
     */
    /** The words the page names itself with ({@link PageWords}), read once. */
    java.util.List<String> words() {
        if (words == null) words = PageWords.of(this);
        return words;
    }

    float[] evidence() {
        if (evidence == null) evidence = PageEvidence.of(this);
        return evidence;
    }

    /** What an HTML page's markup declares of its kind, counted as it was parsed; null for a text dump. */
    MarkupEvidence markup() {
        return markup;
    }

    void markup(MarkupEvidence markup) {
        this.markup = markup;
    }
}
