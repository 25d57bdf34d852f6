package dev.scrapecleaner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.scrapecleaner.aws.EventHandler;
import dev.scrapecleaner.aws.EventShapes;
import dev.scrapecleaner.aws.LocalContext;
import dev.scrapecleaner.aws.ObjectRef;
import dev.scrapecleaner.aws.S3Clients;
import dev.scrapecleaner.report.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@code invoke}: runs the Lambda handler on an event file, as {@code sam local invoke} does, without Docker. */
final class InvokeCommand {
    static final String HELP = """
            Usage: java -jar target/scrape-cleaner.jar invoke EVENT.json [--out DIR] [--endpoint URL] [--region R] [--raw DIR]
                   java -jar target/scrape-cleaner.jar invoke --object FILE... [--out DIR] [--endpoint URL] [--region R]
                   (either form also takes [--expected-page-types LIST])

            Runs the Lambda handler (%s) on EVENT.json exactly as Lambda
            would: the same environment variables as template.yaml, a Context with its timeout (%d s) and
            memory (%d MB), the event passed as JSON bytes.

            Without --endpoint, an S3-compatible server starts on loopback inside this process; the input
            buckets the event names and the output bucket '%s' are created, and every object the event
            names is uploaded from the raw folder (DIR/<key>, else DIR/<file name of the key>). An object
            with no raw file stays missing, as a deleted one would (events/sqs-mixed-batch.json names one);
            if none of them has a raw file, that is an error. Every wiring's event works: S3, SQS, SNS,
            SNS in SQS, EventBridge, S3 Batch Operations, S3 test events (see events/).
              --endpoint URL  run against that S3-compatible endpoint instead (LocalStack: http://localhost:4566);
                              buckets are created and objects uploaded from DIR when they are missing.
                              Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (default test/test).
              --region R      the region the client uses (default us-east-1)
              --raw DIR       where the objects named by the event are read from (default: the folder raw/
                              beside the event file, so events/raw for the samples, from any folder)
              --out DIR       also write what the function wrote to DIR: DIR/articles/<key>.json and
                              DIR/reports/<key>.json (the in-memory server is gone when invoke exits)
              --object FILE...  instead of an event file: upload each FILE to s3://%s/%s<file name> and
                              run the handler on the S3 Put notification S3 would send for them
              --expected-page-types LIST  EXPECTED_PAGE_TYPES for this run instead of the template's
                              article: comma-separated page types, or '*' for all
            Prints, per object, where its article and report went, a summary, the report and the article.
            Exit status 1 when the handler failed (as Lambda would retry), 2 for a usage error.
            """.formatted(LocalFunction.HANDLER, LocalFunction.TIMEOUT_SECONDS, LocalFunction.MEMORY_MB,
            LocalFunction.OUTPUT_BUCKET, PutEvent.BUCKET, PutEvent.KEY_PREFIX);

    private final PrintStream out;
    private final PrintStream err;
    /** {@code --expected-page-types}, or null for the template's value. */
    private String expectedPageTypes;

    InvokeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Path eventFile = null;
        String endpoint = null;
        String region = "us-east-1";
        Path rawDir = null;
        Path outDir = null;
        List<Path> objects = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--endpoint" -> endpoint = CleanCommand.value(args, ++i, "--endpoint");
                case "--region" -> region = CleanCommand.value(args, ++i, "--region");
                case "--raw" -> rawDir = Path.of(CleanCommand.value(args, ++i, "--raw"));
                case "--out" -> outDir = Path.of(CleanCommand.value(args, ++i, "--out"));
                case CleanCommand.EXPECTED_PAGE_TYPES -> expectedPageTypes = CleanCommand.expectedPageTypes(args, ++i);
                case "--object" -> {
                    objects.add(Path.of(CleanCommand.value(args, ++i, "--object")));
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) objects.add(Path.of(args[++i]));
                }
                default -> {
                    if (args[i].startsWith("--") || eventFile != null) {
                        throw new UsageException("Unexpected argument " + args[i] + " for invoke.");
                    }
                    eventFile = Path.of(args[i]);
                }
            }
        }
        if (eventFile == null && objects.isEmpty()) {
            throw new UsageException("invoke needs an EVENT.json file (for example events/s3-put.json) or --object FILE.");
        }
        if (eventFile != null && !objects.isEmpty()) {
            throw new UsageException("invoke takes either an EVENT.json file or --object FILE, not both.");
        }
        if (eventFile != null && !Files.isRegularFile(eventFile)) {
            throw new UsageException((Files.isDirectory(eventFile) ? eventFile + " is a folder, not an event file."
                    : "No such event file: " + eventFile + ".") + " The samples are in events/ (for example"
                    + " events/s3-put.json); to run the function on a scrape of your own, use invoke --object FILE.");
        }
        for (Path o : objects) {
            if (Files.isDirectory(o)) {
                throw new UsageException(o + " is a folder: invoke --object takes files (clean --out DIR takes folders).");
            }
            if (!Files.isRegularFile(o)) throw new UsageException("No such file: " + o + ".");
        }
        if (rawDir == null) {
            Path parent = eventFile == null ? null : eventFile.toAbsolutePath().getParent();
            rawDir = parent == null ? Path.of("events", "raw") : parent.resolve("raw");
        }
        byte[] eventBytes;
        Map<String, Object> event;
        Function<String, Path> rawFiles = rawFilesIn(rawDir);
        try {
            if (eventFile != null) {
                eventBytes = Files.readAllBytes(eventFile);
            } else {
                eventBytes = PutEvent.forFiles(objects, region).getBytes(StandardCharsets.UTF_8);
                rawFiles = rawFilesOf(objects);
            }
            event = Json.parseObject(new String(eventBytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("Cannot read " + (eventFile != null ? "the event file " + eventFile : "the objects") + ": "
                    + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            throw new UsageException(notAnEvent(eventFile, e));
        }
        if (endpoint != null) {
            try (S3Client s3 = S3Clients.forEndpoint(URI.create(endpoint), region,
                    System.getenv().getOrDefault("AWS_ACCESS_KEY_ID", "test"),
                    System.getenv().getOrDefault("AWS_SECRET_ACCESS_KEY", "test"))) {
                return invoke(s3, endpoint, region, eventBytes, event, rawFiles, outDir);
            }
        }
        long t0 = System.nanoTime();
        try (EmbeddedS3Server server = EmbeddedS3Server.startInMemory();
             S3Client s3 = S3Clients.forEndpoint(server.endpoint(), region, EmbeddedS3Server.ACCESS_KEY,
                     EmbeddedS3Server.SECRET_KEY)) {
            err.printf("embedded S3 server on %s (started in %d ms)%n", server.endpoint(), (System.nanoTime() - t0) / 1_000_000);
            return invoke(s3, server.endpoint().toString(), region, eventBytes, event, rawFiles, outDir);
        }
    }

    /** What to tell a user whose event file is not JSON: where it fails, and --object if it looks like a scrape. */
    static String notAnEvent(Path eventFile, IllegalArgumentException e) {
        StringBuilder sb = new StringBuilder(eventFile + " is not an event file: ");
        if (e.getCause() instanceof JsonProcessingException j && j.getLocation() != null) {
            sb.append("not valid JSON (line ").append(j.getLocation().getLineNr()).append(", column ")
                    .append(j.getLocation().getColumnNr()).append(").");
        } else {
            sb.append("not a JSON object.");
        }
        sb.append(" To run the function on a scrape (an HTML page or a text dump), use: invoke --object ").append(eventFile);
        return sb.toString();
    }

    private int invoke(S3Client s3, String endpoint, String region, byte[] eventBytes, Map<String, Object> event,
                       Function<String, Path> rawFiles, Path outDir) {
        List<ObjectRef> refs;
        try {
            refs = EventShapes.objectsIn(event);
            stage(s3, refs, rawFiles);
        } catch (IOException | IllegalArgumentException e) {
            err.println("Cannot stage the event's objects: " + e.getMessage());
            return 1;
        }
        Map<String, String> env = LocalFunction.environment(endpoint, region);
        if (expectedPageTypes != null) env.put("EXPECTED_PAGE_TYPES", expectedPageTypes);
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            EventHandler handler = new EventHandler(env, s3);
            handler.handleRequest(new ByteArrayInputStream(eventBytes), response,
                    new LocalContext(LocalFunction.TIMEOUT_SECONDS, LocalFunction.MEMORY_MB, err));
        } catch (Exception e) {
            err.println("The handler failed (Lambda would retry this event): " + e);
            return 1;
        }
        out.println("handler response: " + response.toString(StandardCharsets.UTF_8));
        for (ObjectRef ref : refs) {
            Summary.print(out, s3, env.get("OUTPUT_BUCKET"), env.get("ARTICLE_PREFIX"), env.get("REPORT_PREFIX"), ref);
        }
        if (outDir != null) {
            try {
                int n = Summary.download(s3, env.get("OUTPUT_BUCKET"), List.of(env.get("ARTICLE_PREFIX"), env.get("REPORT_PREFIX")),
                        refs, outDir);
                out.println();
                out.println("wrote " + n + " file(s) under " + outDir + " (articles/ and reports/, as in s3://"
                        + env.get("OUTPUT_BUCKET") + "/)");
            } catch (IOException e) {
                err.println("Cannot write the outputs to " + outDir + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    /**
     * Creates the buckets and uploads the named objects that are not there yet. An object with no
     * raw file stays missing, as a deleted object would in S3 (sample batches name one on purpose);
     * when none of them has a raw file the raw folder is wrong, and that is an error.
     */
    private void stage(S3Client s3, List<ObjectRef> refs, Function<String, Path> rawFiles) throws IOException {
        Set<String> buckets = new LinkedHashSet<>();
        for (ObjectRef r : refs) buckets.add(r.bucket());
        buckets.add(LocalFunction.OUTPUT_BUCKET);
        for (String b : buckets) {
            try {
                s3.headBucket(h -> h.bucket(b));
            } catch (S3Exception e) {
                s3.createBucket(c -> c.bucket(b));
            }
        }
        IOException noRawFile = null;
        List<String> notStaged = new ArrayList<>();
        int present = 0;
        for (ObjectRef r : refs) {
            try {
                s3.headObject(h -> h.bucket(r.bucket()).key(r.key()));
                present++;
                continue;
            } catch (NoSuchKeyException e) {
                // not there yet: upload it below
            } catch (S3Exception e) {
                if (e.statusCode() != 404) throw e;
            }
            Path file;
            try {
                file = rawFiles.apply(r.key());
            } catch (UncheckedIOException e) {
                if (noRawFile == null) noRawFile = e.getCause();
                notStaged.add(e.getCause().getMessage());
                continue;
            }
            s3.putObject(p -> p.bucket(r.bucket()).key(r.key()), RequestBody.fromFile(file));
            present++;
            err.printf("uploaded %s -> s3://%s/%s%n", file, r.bucket(), r.key());
        }
        if (noRawFile != null && present == 0) throw noRawFile;
        for (String m : notStaged) err.println("not staged, so the handler will find it missing: " + m);
    }

    private static Function<String, Path> rawFilesIn(Path rawDir) {
        return key -> {
            try {
                return rawFile(rawDir, key);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Function<String, Path> rawFilesOf(List<Path> files) {
        Map<String, Path> byKey = new HashMap<>();
        for (Path f : files) byKey.put(PutEvent.keyOf(f), f);
        return key -> {
            Path f = byKey.get(key);
            if (f == null) throw new UncheckedIOException(new IOException("no local file for s3 key '" + key + "'"));
            return f;
        };
    }

    static Path rawFile(Path rawDir, String key) throws IOException {
        String name = key.substring(key.lastIndexOf('/') + 1);
        Path full;
        Path byName;
        try {
            full = rawDir.resolve(key);
            byName = rawDir.resolve(name);
        } catch (InvalidPathException e) {
            // A shell without a UTF-8 locale (LANG unset, as in many containers) gives Java file
            // names in ASCII, and a key such as "Zürich river report.txt" cannot be spelled.
            Path listed = listedAs(rawDir, name);
            if (listed != null) return listed;
            throw new IOException("the event names s3 key '" + key + "', which this shell's locale cannot spell as a file"
                    + " name, and no file in " + rawDir + " has that name; run with a UTF-8 locale (export LANG=C.UTF-8)");
        }
        if (Files.isRegularFile(full)) return full;
        if (Files.isRegularFile(byName)) return byName;
        throw new IOException("the event names s3 key '" + key + "' but neither " + full + " nor " + byName
                + " exists; put the raw scrape there or pass --raw DIR");
    }

    /**
     * The one file in {@code dir} whose name, with the characters the locale cannot spell left out,
     * is {@code name} with its non-ASCII characters left out; null if none or several. A listed path
     * keeps its name's bytes, so it opens though its string shows '?' for them.
     */
    private static Path listedAs(Path dir, String name) throws IOException {
        String wanted = asciiSkeleton(name);
        List<Path> matches = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(Files::isRegularFile)
                    .filter(p -> asciiSkeleton(p.getFileName().toString()).equals(wanted))
                    .forEach(matches::add);
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }

    private static String asciiSkeleton(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 && c != '?') sb.append(c);
        }
        return sb.toString();
    }
}
