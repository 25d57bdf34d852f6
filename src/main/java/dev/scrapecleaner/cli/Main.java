package dev.scrapecleaner.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** Entry point of {@code java -jar scrape-cleaner.jar}: dispatches to a command. */
public final class Main {
    static final String USAGE = """
            scrape-cleaner: turns raw web scrapes of news articles into clean articles and quality reports.

            Usage: java -jar target/scrape-cleaner.jar COMMAND [OPTIONS]

            Commands:
              clean [--format json|txt|md|html] [--out DIR] FILE|DIR...
                  Clean local scrapes (HTML or text dumps, optionally gzipped); no S3, no AWS.
                  One file without --out: print the article to stdout and the verdict to stderr.
                  With --out DIR: write DIR/<path>.report.json and, when there is an article,
                  DIR/<path>.json (or .txt, .md, .html) per input, mirroring the folders given.
              invoke EVENT.json [--out DIR] [--endpoint URL] [--region R] [--raw DIR]
              invoke --object FILE... [--out DIR] [--endpoint URL] [--region R]
                  Run the Lambda handler on an event file, as 'sam local invoke -e EVENT.json' does,
                  or on the S3 Put notification for local files (--object).
                  Without --endpoint: starts an S3-compatible server on loopback in this process,
                  creates the buckets, uploads the objects the event names from raw/ beside the
                  event file, runs, and prints each report and article; --out DIR keeps them.
              serve [--port N] [--data DIR]
                  Run a local S3 endpoint (127.0.0.1, default port 9444, data in .s3-data/) that cleans
                  every object uploaded to s3://raw-scrapes/ into s3://clean-articles/, as S3
                  notifications fire the deployed function. Prints the endpoint and credentials to use.
              bench [--out DIR] [--scorer PATH] EVAL_DIR
                  Clean every page of an evaluation set (EVAL_DIR/*.html and EVAL_DIR/text/*.scrape.txt),
                  write the predicted bodies and score them with the scorer (python3).
              bench --cv [--folds K] [--trees N] [EVAL_DIR]
                  Cross-validated figures by domain on ../shared/eval (dev and wcxb-dev, every form):
                  each fold cleaned by content models trained on the other folds only.
              bench --metadata [--folds K] [--write] [EVAL_DIR]
                  Title, author and publication date against the shared pages' truth, cross-validated by
                  domain: accuracy and precision per set, form and field.
              bench --page-types [--folds K] [--write] [EVAL_DIR]
                  The page-type models cross-validated by domain: accuracy and confusion matrix per form;
                  --write trains the ones that ship on every page.
              train [--eval DIR] [--models DIR] [--report FILE] [--no-cv]
                  Train the content models on the shared evaluation pages (after the cross-validation)
                  and write them where the cleaner reads them, with a report of what they learned.
              help
                  Show this text. Every command also takes --help.

            Exit status: 0 on success, 1 when the work failed, 2 for a usage error.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "clean" -> new CleanCommand(out, err).run(rest);
                case "invoke" -> new InvokeCommand(out, err).run(rest);
                case "bench" -> Arrays.asList(rest).contains("--metadata") ? new MetadataBenchCommand(out, err).run(rest)
                        : Arrays.asList(rest).contains("--cv") || Arrays.asList(rest).contains("--page-types")
                                ? new TrainCommand(out, err).run(rest, true)
                        : new BenchCommand(out, err).run(rest);
                case "train" -> new TrainCommand(out, err).run(rest, false);
                case "serve" -> new ServeCommand(out, err).run(rest);
                default -> {
                    err.println("Unknown command '" + args[0] + "'. Run with --help to see the commands.");
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Run 'java -jar target/scrape-cleaner.jar " + args[0] + " --help' for the options.");
            return 2;
        }
    }
}
