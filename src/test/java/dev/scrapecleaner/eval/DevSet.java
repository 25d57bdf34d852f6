package dev.scrapecleaner.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scrapecleaner.clean.Cleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared development set ({@code ../shared/eval/dev}, beside the clone): real news pages
 * with their ground truth. Tests that use it skip, saying why, where it is absent.
 */
public final class DevSet {
    public static final Path DIR = Path.of("..", "shared", "eval", "dev");

    private DevSet() {
    }

    /** The page ids, sorted; skips the calling test when the set is absent. */
    public static List<String> ids() {
        assumeTrue(Files.isDirectory(DIR), "the shared evaluation set is absent at " + DIR.toAbsolutePath()
                + " (it sits beside the clone in the team's workspace): skipped");
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".truth.txt"))
                    .map(n -> n.substring(0, n.length() - ".truth.txt".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cleans every page of one variant ({@code <id>.html} or {@code text/<id>.scrape.txt}) and scores the bodies. */
    public static ShingleScore score(Cleaner cleaner, boolean textDumps) throws IOException {
        ShingleScore score = new ShingleScore();
        for (String id : ids()) {
            Path raw = textDumps ? DIR.resolve("text").resolve(id + ".scrape.txt") : DIR.resolve(id + ".html");
            String truth = Files.readString(DIR.resolve(id + ".truth.txt"));
            score.add(truth, String.join("\n\n", cleaner.clean(Files.readAllBytes(raw)).article().paragraphs()));
        }
        return score;
    }
}
