package dev.scrapecleaner.aws;

import com.amazonaws.services.lambda.runtime.Context;

/** Cleans one object for a shape adapter: logs and returns its outcome, or throws on an S3 fault (logged). */
@FunctionalInterface
interface ObjectWork {
    ObjectProcessor.Outcome process(ObjectRef ref, Context context);
}
