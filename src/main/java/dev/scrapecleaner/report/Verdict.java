package dev.scrapecleaner.report;

/** What an ingest pipeline should do with a cleaned scrape. */
public enum Verdict {
    ACCEPT("accept"),
    REVIEW("review"),
    REJECT("reject");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
