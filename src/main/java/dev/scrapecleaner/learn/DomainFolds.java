package dev.scrapecleaner.learn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-validation folds by domain: every page of a site lands in the same fold, so a rule learnt
 * from a site's template is never scored on that same template.
 */
public final class DomainFolds {
    private final Map<String, Integer> folds;

    private DomainFolds(Map<String, Integer> folds) {
        this.folds = folds;
    }

    /**
     * Assigns each distinct domain a fold in {@code 0..k-1}: the domains sorted, shuffled with
     * {@code new Random(seed)}, then dealt round robin, so the folds hold equal numbers of domains and
     * the same seed always gives the same folds.
     */
    public static Map<String, Integer> assign(Collection<String> domains, int k, long seed) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1, not " + k);
        List<String> order = new ArrayList<>(new TreeSet<>(domains));
        Collections.shuffle(order, new Random(seed));
        Map<String, Integer> folds = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) folds.put(order.get(i), i % k);
        return Collections.unmodifiableMap(folds);
    }

    /** The folds of every domain of the corpus, its sets together (a domain in two sets gets one fold). */
    public static DomainFolds of(EvalCorpus corpus, int k, long seed) {
        return of(corpus.pages(), k, seed);
    }

    /** The folds of the pages' domains (for a corpus, pass all its pages: the folds depend on every domain). */
    static DomainFolds of(Collection<EvalPage> pages, int k, long seed) {
        return new DomainFolds(assign(pages.stream().map(EvalPage::domain).toList(), k, seed));
    }

    /** The page's fold, {@code 0..k-1}; a page of a domain outside the corpus is an error. */
    public int fold(EvalPage page) {
        Integer fold = folds.get(page.domain());
        if (fold == null) throw new IllegalArgumentException("domain " + page.domain() + " is in no fold");
        return fold;
    }
}
