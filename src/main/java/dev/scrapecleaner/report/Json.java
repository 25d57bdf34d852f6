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
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }
}
