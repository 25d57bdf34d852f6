package dev.scrapecleaner.clean;

/**
 * Why a block of the page is not article body. Every removal carries one, so that the report
 * can say what was dropped and why.
 */
public enum Reason {
    SCRAPER_HEADER("scraper-header"),
    TITLE("title"),
    ERROR_BANNER("error-banner"),
    NAVIGATION("navigation"),
    LEGAL_DISCLAIMER("legal-disclaimer"),
    RELATED_LINKS("related-links"),
    COMMENTS("comments"),
    SHARE_BAR("share-bar"),
    COOKIE_NOTICE("cookie-notice"),
    BYLINE("byline"),
    CAPTION("caption"),
    ADVERTISING("advertising"),
    NEWSLETTER("newsletter"),
    METADATA("metadata"),
    LINK_DENSE("link-dense"),
    SHORT_FRAGMENT("short-fragment"),
    OUTSIDE_MAIN_CONTENT("outside-main-content"),
    /**
     * A text renderer's list of the page's link addresses ({@code lynx -dump}'s "References", {@link LinkNumbers}),
     * or a link it wrote as its bare address ({@link InlineAddresses}), or a frame as its address ({@link BrowserPlaceholders}).
     */
    LINK_REFERENCES("link-references"),
    /** No rule named the block, but the content model scores it as not main content ({@link ContentModel}). */
    LOW_CONTENT_SCORE("low-content-score"),
    DUPLICATE("duplicate");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    /** The kebab-case name used in reports. */
    public String code() {
        return code;
    }
}
