package dev.scrapecleaner.clean;

/**
 * Why a scrape could not be cleaned at all: a stable machine-readable code and a sentence a
 * person can act on. The raw object is never changed; the problem goes into the report.
 */
public record InputProblem(String code, String message) {
    public static InputProblem of(String code, String message) {
        return new InputProblem(code, message);
    }
}
