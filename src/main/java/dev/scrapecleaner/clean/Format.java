package dev.scrapecleaner.clean;

/** What kind of page a scrape holds, detected from its bytes rather than its name. */
public enum Format {
    HTML("html"),
    TEXT("text"),
    /** Nothing usable: empty, binary, or not decodable. */
    NONE("none");

    private final String code;

    Format(String code) {
        this.code = code;
    }

    /** The lower-case name used in reports. */
    public String code() {
        return code;
    }
}
