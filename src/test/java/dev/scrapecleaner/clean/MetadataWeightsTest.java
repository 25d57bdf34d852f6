package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.MetadataCandidate.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a field's candidates become the values the weights score, and the features each is scored on. */
class MetadataWeightsTest {
    private static MetadataCandidate date(String source, String day) {
        return new MetadataCandidate(Field.DATE, source, List.of(day));
    }

    @Test
    void aDateSaysWhetherItIsThePagesFirstOrLastDay() {
        List<MetadataWeights.Value> values = MetadataWeights.values(Field.DATE,
                List.of(date("date line near the h1", "2025-03-03"), date("first <time>", "2025-05-01"),
                        date("meta date", "2025-04-01")), null, null);
        assertTrue(values.get(0).features().contains(MetadataWeights.SHAPE + "the earliest of several days"));
        assertTrue(values.get(1).features().contains(MetadataWeights.SHAPE + "the latest of several days"));
        assertTrue(values.get(2).features().stream().noneMatch(f -> f.contains("of several days")), "the day between is neither");

        List<MetadataWeights.Value> one = MetadataWeights.values(Field.DATE, List.of(date("meta date", "2025-04-01")), null, null);
        assertTrue(one.get(0).features().contains(MetadataWeights.SHAPE + "the only value"));
    }
}
