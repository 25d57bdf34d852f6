package dev.scrapecleaner.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One page of the shared evaluation data: where it comes from (its set, domain and page type), its
 * ground truth, and the snippets its extraction must and must not contain (WCXB pages only; empty
 * for the article-extraction set).
 *
 * @param set      {@code dev} or {@code wcxb-dev}
 * @param id       the file name stem, {@code <id>.truth.txt}
 * @param domain   the page's host without a leading {@code www.}, lowercased; never empty
 * @param pageType WCXB's page type, {@code article} for every page of {@code dev}
 * @param url      the page's address, empty where the data has none and the page names no canonical one
 * @param truth    the ground-truth file
 * @param with     snippets a correct extraction contains
 * @param without  snippets of boilerplate a correct extraction leaves out
 */
public record EvalPage(String set, String id, String domain, String pageType, String url, Path truth,
        List<String> with, List<String> without) {

    public EvalPage {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(pageType, "pageType");
        Objects.requireNonNull(truth, "truth");
        url = url == null ? "" : url;
        with = with == null ? List.of() : List.copyOf(with);
        without = without == null ? List.of() : List.copyOf(without);
    }

    /**
     * The raw file of this page in one form ({@code <id>.html} or {@code <id>.html.gz}, or
     * {@code <folder>/<id>.scrape.txt}), or null when the data holds no such file.
     */
    public Path input(Form form) {
        Path setDir = truth.toAbsolutePath().getParent();
        if (form == Form.HTML) {
            Path html = setDir.resolve(id + ".html");
            if (Files.isRegularFile(html)) return html;
            Path gzipped = setDir.resolve(id + ".html.gz");
            return Files.isRegularFile(gzipped) ? gzipped : null;
        }
        Path dump = setDir.resolve(form.folder()).resolve(id + ".scrape.txt");
        return Files.isRegularFile(dump) ? dump : null;
    }

    /**
     * The ground-truth text (UTF-8), read anew on every call. Unchecked because a truth file that
     * cannot be read means the shared data is broken, not that a caller can recover.
     */
    public String truthText() {
        try {
            return Files.readString(truth);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the truth of " + set + "/" + id + " at " + truth, e);
        }
    }
}
