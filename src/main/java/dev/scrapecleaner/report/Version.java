package dev.scrapecleaner.report;

/** Versions written into every output, so that consumers can tell what produced a document. */
public final class Version {
    /** Schema version of the article and report JSON; bumped on any incompatible change. */
    public static final String SCHEMA = "2.0";

    private Version() {
    }

    /** The cleaner's version, from the jar manifest, or "dev" when run from classes. */
    public static String cleaner() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
