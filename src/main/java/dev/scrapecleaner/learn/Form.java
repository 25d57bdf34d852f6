package dev.scrapecleaner.learn;

/**
 * The forms in which the evaluation data holds a page: the crawled HTML, and plain-text dumps of it (a
 * block renderer's and {@code w3m -dump}'s in the shared data, {@code lynx -dump}'s where generated),
 * each in its own folder of a set.
 */
public enum Form {
    HTML("html", ""),
    TEXT("text", "text"),
    TEXT_W3M("text-w3m", "text-w3m"),
    /**
     * {@code lynx -dump}'s dumps: not in the shared data; {@code scripts/lynx-eval.sh} writes a copy of the
     * evaluation folder that holds them, for training on a third renderer.
     */
    TEXT_LYNX("text-lynx", "text-lynx");

    private final String label;
    private final String folder;

    Form(String label, String folder) {
        this.label = label;
        this.folder = folder;
    }

    /** The short name used in tables and JSON: {@code html}, {@code text}, {@code text-w3m}. */
    public String label() {
        return label;
    }

    /** The folder of a set that holds this form's files: empty for HTML (the set's own folder). */
    public String folder() {
        return folder;
    }

    /** The forms the shared evaluation data holds for every page. */
    public static java.util.List<Form> shared() {
        return java.util.List.of(HTML, TEXT, TEXT_W3M);
    }
}
