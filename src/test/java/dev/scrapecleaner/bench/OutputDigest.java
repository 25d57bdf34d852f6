package dev.scrapecleaner.bench;

import dev.scrapecleaner.clean.Block;
import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.Cleaner;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of everything the cleaner decides for each scrape under a folder: the article and its
 * metadata, the page's type and evidence, and every block's text, decision, reasons, score and
 * feature rows. Two versions' outputs, diffed, show whether a change meant to be faster (or tidier)
 * changed what the cleaner does on any page, down to a feature's last bit. Run:
 * {@code mvn -q -Pbench test-compile exec:java -Dexec.mainClass=dev.scrapecleaner.bench.OutputDigest
 * -Dexec.args="../shared/eval digests.txt"} (HTML pages, {@code .html.gz} ones and {@code *.scrape.txt}
 * dumps, truth files left out; about ten minutes for the shared folder's 4,854 files on 2 cores).
 */
public final class OutputDigest {
    private OutputDigest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: OutputDigest DIR OUT   (one line per scrape under DIR: its path and a digest of the cleaner's decisions)");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile).filter(OutputDigest::isScrape).sorted().forEach(files::add);
        }
        Cleaner cleaner = new Cleaner().recordingFeatures();
        long start = System.nanoTime();
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), false, StandardCharsets.UTF_8)) {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                out.println(root.relativize(file) + " " + digest(cleaner.clean(Files.readAllBytes(file))));
                if ((i + 1) % 250 == 0 || i + 1 == files.size()) {
                    System.err.printf("\r%d/%d scrapes, %.0f s", i + 1, files.size(), (System.nanoTime() - start) / 1e9);
                }
            }
        }
        System.err.println();
    }

    static boolean isScrape(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".html") || name.endsWith(".html.gz") || name.endsWith(".scrape.txt");
    }

    /** The first 96 bits of a SHA-256 of the result's decisions, written out in full and in order. */
    static String digest(CleanResult r) throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append(r.article()).append('\n').append(r.pageType()).append('\n').append(Arrays.toString(r.pageEvidence()))
                .append('\n').append(r.signals()).append('\n').append(r.header()).append('\n');
        for (Block b : r.blocks()) {
            sb.append(b.index()).append('|').append(b.isContent()).append('|').append(b.removal()).append('|')
                    .append(b.ruleRemoval()).append('|').append(Double.doubleToLongBits(b.contentScore())).append('|')
                    .append(Arrays.toString(b.features())).append('|').append(Arrays.toString(b.secondStageFeatures()))
                    .append('|').append(b.text()).append('\n');
        }
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 12);
    }
}
