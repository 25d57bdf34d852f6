package dev.scrapecleaner.learn;

/**
 * The three forms in which the evaluation data holds every page: the crawled HTML, and two plain-text
 * dumps of it (a block renderer's, and {@code w3m -dump}'s), each in its own folder of a set.
 */
public enum Form {
    HTML("html", ""),
    TEXT("text", "text"),
    TEXT_W3M("text-w3m", "text-w3m");

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
}
