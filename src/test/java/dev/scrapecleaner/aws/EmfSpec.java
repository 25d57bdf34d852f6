package dev.scrapecleaner.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CloudWatch Embedded Metric Format specification's rules, as a checker of one log line
 * (a parsed JSON object): what CloudWatch Logs needs to extract metrics from it. Returns the
 * violations, none for a valid line.
 */
final class EmfSpec {
    /** The units the specification allows. */
    static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits",
            "Percent", "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second",
            "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second",
            "Terabits/Second", "Count/Second", "None");

    private EmfSpec() {
    }

    static List<String> violations(Map<String, Object> line) {
        List<String> v = new ArrayList<>();
        if (!(line.get("_aws") instanceof Map<?, ?> aws)) {
            v.add("no _aws metadata object at the root");
            return v;
        }
        if (!(aws.get("Timestamp") instanceof Number ts) || ts.longValue() <= 0 || ts.doubleValue() != ts.longValue()) {
            v.add("_aws.Timestamp must be a positive integer of milliseconds since the epoch: " + aws.get("Timestamp"));
        }
        if (!(aws.get("CloudWatchMetrics") instanceof List<?> directives) || directives.isEmpty()) {
            v.add("_aws.CloudWatchMetrics must be a non-empty array of metric directives");
            return v;
        }
        for (Object d : directives) {
            if (!(d instanceof Map<?, ?> directive)) {
                v.add("a metric directive is not an object: " + d);
                continue;
            }
            if (!(directive.get("Namespace") instanceof String ns) || ns.isEmpty() || ns.length() > 1024) {
                v.add("Namespace must be a string of 1 to 1024 characters: " + directive.get("Namespace"));
            }
            if (!(directive.get("Dimensions") instanceof List<?> sets)) {
                v.add("Dimensions must be an array of dimension sets: " + directive);
            } else {
                for (Object set : sets) {
                    if (!(set instanceof List<?> keys) || keys.size() > 30) {
                        v.add("a dimension set must be an array of at most 30 keys: " + set);
                        continue;
                    }
                    for (Object key : keys) {
                        Object value = key instanceof String k ? line.get(k) : null;
                        if (!(value instanceof String s) || s.isEmpty() || s.length() > 1024) {
                            v.add("dimension " + key + " must name a root member holding a string of 1 to 1024 characters: " + value);
                        }
                    }
                }
            }
            if (!(directive.get("Metrics") instanceof List<?> metrics) || metrics.isEmpty() || metrics.size() > 100) {
                v.add("Metrics must be an array of 1 to 100 metric definitions: " + directive);
                continue;
            }
            for (Object m : metrics) {
                if (!(m instanceof Map<?, ?> def) || !(def.get("Name") instanceof String name) || name.isEmpty()
                        || name.length() > 1024) {
                    v.add("a metric definition needs a Name of 1 to 1024 characters: " + m);
                    continue;
                }
                if (def.containsKey("Unit") && !UNITS.contains(def.get("Unit"))) {
                    v.add("metric " + name + " has a unit the specification does not list: " + def.get("Unit"));
                }
                if (def.containsKey("StorageResolution") && !List.of(1, 60).contains(def.get("StorageResolution"))) {
                    v.add("metric " + name + ": StorageResolution must be 1 or 60");
                }
                Object value = line.get(name);
                boolean numeric = value instanceof Number
                        || value instanceof List<?> values && !values.isEmpty() && values.size() <= 100
                        && values.stream().allMatch(x -> x instanceof Number);
                if (!numeric) v.add("metric " + name + " must name a root member holding a number (or up to 100): " + value);
            }
        }
        return v;
    }
}
