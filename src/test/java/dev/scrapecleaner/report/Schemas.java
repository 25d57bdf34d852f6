package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;

/** The published JSON Schemas ({@code src/main/resources/schema/}), for tests to check every output against. */
public final class Schemas {
    private static final String BASE = "https://scrape-cleaner.dev/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:schema/")));
    private static final JsonSchema ARTICLE = FACTORY.getSchema(SchemaLocation.of(BASE + "article-" + major() + ".json"));
    private static final JsonSchema REPORT = FACTORY.getSchema(SchemaLocation.of(BASE + "report-" + major() + ".json"));

    private Schemas() {
    }

    private static String major() {
        return Version.SCHEMA.substring(0, Version.SCHEMA.indexOf('.'));
    }

    public static void assertValidArticle(Map<String, Object> article) {
        check(ARTICLE, article, "article");
    }

    public static void assertValidReport(Map<String, Object> report) {
        check(REPORT, report, "report");
    }

    private static void check(JsonSchema schema, Map<String, Object> doc, String what) {
        String json = Json.write(doc, false);
        Set<ValidationMessage> errors = schema.validate(json, InputFormat.JSON);
        assertTrue(errors.isEmpty(), "the " + what + " breaks its schema: " + errors + "\n" + json);
    }
}
