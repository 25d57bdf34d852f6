#!/usr/bin/env python3
"""Compares two cross-validation runs page by page: is a change worth keeping?

Reads two files written by `bench --cv --pages FILE` (the run before a change and the run after it, same
folds and seed), joins them on set, form and page id, and prints for each set and form, and under it each
page type: the mean of the pages' F1 before and after, how many pages rose and fell, and in how many of
the folds the mean rose and fell. A change is worth keeping when the held-out folds agree across sets and
forms, not when one row rises: the folds alone move `dev`'s 121 pages by about 0.01 from seed to seed.

    scripts/compare-pages.py before.tsv after.tsv
    scripts/compare-pages.py --min-diff 0.002 before.tsv after.tsv   # only rows that moved that far
"""
import argparse
import collections
import csv
import sys


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = {}
        for row in csv.DictReader(f, delimiter="\t"):
            rows[(row["set"], row["form"], row["id"])] = row
        return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", help="--pages file of the run before the change")
    parser.add_argument("after", help="--pages file of the run after it")
    parser.add_argument("--min-diff", type=float, default=0.0, help="print only rows whose mean moved at least this far")
    args = parser.parse_args()
    before, after = load(args.before), load(args.after)
    missing = len(set(before) ^ set(after))
    if missing:
        print(f"warning: {missing} pages are in only one of the runs; they are left out", file=sys.stderr)
    groups = collections.defaultdict(list)
    for key, row in before.items():
        other = after.get(key)
        if other is None:
            continue
        pair = (float(row["f1"]), float(other["f1"]), row["fold"])
        groups[(key[0], key[1], "all")].append(pair)
        if row["type"]:
            groups[(key[0], key[1], row["type"])].append(pair)
    print(f"{'set':<9} {'form':<10} {'type':<16} {'pages':>5} {'before':>7} {'after':>7} {'diff':>8} {'up':>4} {'down':>4}  folds up/down")
    for key in sorted(groups, key=lambda k: (k[0], k[1], k[2] != "all", k[2])):
        pairs = groups[key]
        # A set of one page type (dev) has its one type's row equal to "all": print it once.
        if key[2] != "all" and len(pairs) == len(groups[(key[0], key[1], "all")]):
            continue
        n = len(pairs)
        mean_before = sum(p[0] for p in pairs) / n
        mean_after = sum(p[1] for p in pairs) / n
        if abs(mean_after - mean_before) < args.min_diff:
            continue
        up = sum(1 for p in pairs if p[1] > p[0] + 1e-9)
        down = sum(1 for p in pairs if p[1] < p[0] - 1e-9)
        folds = collections.defaultdict(lambda: [0.0, 0.0, 0])
        for p in pairs:
            folds[p[2]][0] += p[0]
            folds[p[2]][1] += p[1]
        folds_up = sum(1 for f in folds.values() if f[1] > f[0] + 1e-9)
        folds_down = sum(1 for f in folds.values() if f[1] < f[0] - 1e-9)
        label = key[2] if key[2] == "all" else "· " + key[2]
        print(f"{key[0]:<9} {key[1]:<10} {label:<16} {n:>5} {mean_before:>7.4f} {mean_after:>7.4f} {mean_after - mean_before:>+8.4f} "
              f"{up:>4} {down:>4}  {folds_up}/{folds_down}")


if __name__ == "__main__":
    main()
