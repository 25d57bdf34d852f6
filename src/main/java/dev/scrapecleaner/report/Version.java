package dev.scrapecleaner.report;

/** Versions written into every output, so that consumers can tell what produced a document. */
public final class Version {
    /**
     * Schema version of the article and report JSON: the major bumped on a removed or renamed field,
     * the minor on an added one (2.1: the report's {@code duplicates.crossDocument.checked}; 2.2: the article's {@code authors} and {@code metadataSources};
     * 2.3: the report's {@code pageType} and {@code pageTypeConfidence}).
     */
    public static final String SCHEMA = "2.4";

    private Version() {
    }

    /** The cleaner's version, from the jar manifest, or "dev" when run from classes. */
    public static String cleaner() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
