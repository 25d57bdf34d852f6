package dev.scrapecleaner.report;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.scrapecleaner.clean.Cleaner;
import dev.scrapecleaner.clean.ScrapeDecoder;
import dev.scrapecleaner.dedupe.InMemoryDuplicateIndex;
import dev.scrapecleaner.eval.DevSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every article and report the core writes matches the published schemas, whatever the input. */
class SchemaTest {
    private final ScrapeProcessor processor = new ScrapeProcessor(new Cleaner(new ScrapeDecoder(HostileCorpus.DECODED_CAP)),
            new InMemoryDuplicateIndex());

    private void check(String name, byte[] raw) {
        ProcessedScrape p = processor.process(Source.localFile(name, raw.length), raw);
        Schemas.assertValidReport(p.report());
        if (p.article() != null) Schemas.assertValidArticle(p.article());
    }

    @Test
    void samplesNegativesAndHostileInputsGiveValidDocuments() throws Exception {
        for (Path dir : List.of(Path.of("events", "raw"), Path.of("src", "test", "resources", "negative"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) check(f.toString(), Files.readAllBytes(f));
            }
        }
        for (HostileCorpus.Case c : HostileCorpus.small()) check(c.name(), c.bytes().get());
    }

    @Test
    void devPagesGiveValidDocuments() throws Exception {
        for (String id : DevSet.ids()) {
            check(id + ".html", Files.readAllBytes(DevSet.DIR.resolve(id + ".html")));
            check(id + ".txt", Files.readAllBytes(DevSet.DIR.resolve("text").resolve(id + ".scrape.txt")));
        }
    }

    @Test
    void theSchemaRejectsADocumentThatBreaksIt() {
        Map<String, Object> report = new LinkedHashMap<>(processor.process(Source.localFile("x", 1), new byte[] {'x'}).report());
        report.put("verdict", "maybe");
        assertThrows(AssertionError.class, () -> Schemas.assertValidReport(report));
    }
}
