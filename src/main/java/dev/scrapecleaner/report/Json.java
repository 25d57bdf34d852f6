package dev.scrapecleaner.report;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** JSON in and out for the outputs and events: maps, lists, strings, numbers, booleans. */
public final class Json {
    private static final JSON COMPACT = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);
    private static final JSON PRETTY = COMPACT.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    private Json() {
    }

    public static String write(Object value, boolean pretty) {
        try {
            return (pretty ? PRETTY : COMPACT).asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON object; throws {@link IllegalArgumentException} with the parser's message if it is not one. */
    public static Map<String, Object> parseObject(String json) {
        try {
            Map<String, Object> map = COMPACT.mapFrom(json);
            if (map == null) throw new IllegalArgumentException("not a JSON object");
            return map;
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + plainMessage(e), e);
        }
    }

    /**
     * A parse error as a person reads it: the parser's message and where (line, column), without
     * the parser's note on a source it does not show ({@code REDACTED (StreamReadFeature...)}).
     */
    static String plainMessage(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            String where = j.getLocation() == null ? ""
                    : " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
            return j.getOriginalMessage() + where;
        }
        return e.getMessage();
    }
}
