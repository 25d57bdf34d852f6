package dev.scrapecleaner.report;

import dev.scrapecleaner.clean.Block;
import dev.scrapecleaner.clean.CleanResult;
import dev.scrapecleaner.clean.PageType;
import dev.scrapecleaner.clean.Reason;
import dev.scrapecleaner.clean.ScraperHeader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The verdict on one cleaned scrape: flags (facts a pipeline may route on), then {@code reject}
 * when there is nothing to keep, {@code review} when a flag doubts the article, else
 * {@code accept}; and a score in [0, 1] that falls with each doubt. An HTTP error status or an
 * error banner alone is flagged, not held against a full article: scrapers often capture the
 * article behind a 403 banner. A page confidently typed as other than the ingest expects is
 * flagged {@code unexpected-page-type}, a doubt (review, not reject: its content is still cleaned
 * and written, and the ingest routes on the flag).
 */
final class Judgement {
    private static final Pattern PAYWALL = Pattern.compile("(?i)(subscribe (?:now )?to (?:continue|keep) reading|"
            + "subscribers? only|to continue reading|already a subscriber|this (?:article|content) is (?:only )?"
            + "(?:available|reserved) (?:to|for) (?:subscribers|members)|premium (?:article|content)|paywall)");
    private static final Pattern NOT_ARTICLE = Pattern.compile("(?i)^(sign in|log ?in|password|forgot (?:your )?password|"
            + "create (?:an )?account|search results|no results found|results? for\\b|\\d+ results?\\b)");
    /** A paywalled page shows a teaser: with a full article, paywall wording is only a hint (a membership pitch). */
    private static final int PAYWALL_TEASER_WORDS = 300;
    /** Calls to subscribe that stand alone as a button: beside a teaser, the rest is behind a paywall. */
    private static final Set<String> SUBSCRIBE_CALLS = Set.of("subscribe now", "subscribe today", "subscribe to read",
            "become a subscriber", "subscribe to continue");
    /** Flags that put an article up for review. */
    private static final Set<String> DOUBTS = Set.of("too-short", "encoding-damage", "unexpected-language", "paywall",
            "truncated", "mostly-duplicate", "not-an-article", "soft-404", "unexpected-page-type", "several-records");

    final Verdict verdict;
    final List<String> reasons = new ArrayList<>();
    final List<String> flags;
    final double score;

    Judgement(CleanResult result, QualityMetrics metrics, Thresholds t) {
        Set<String> f = new LinkedHashSet<>(result.signals());
        ScraperHeader header = result.header();
        if (header != null && header.isHttpError()) f.add("http-error-status");
        int words = (int) metrics.values().get("words");
        // No article when the article is empty, or when the rules found none and the model kept a page's items: a
        // listing's headlines are its main content, but a news ingest wants them routed, not accepted as a story.
        // A page confidently typed as a type the ingest expects, other than an article, is taken as what it is: an
        // ingest that expects forums or listings gets them, not a no-article reject. Any other page keeps the test, so a
        // news ingest still rejects a listing (and flags its type), and a dump of garbage typed as anything is rejected.
        PageType type = result.pageType();
        boolean otherType = type.typed() && !type.label().equals("article") && type.confidence() >= t.pageTypeConfidence()
                && t.expectedPageTypes().contains(type.label());
        boolean empty = result.article().isEmpty() || !otherType && result.blocks().stream().noneMatch(Block::keptByRules);
        if (!empty && words < t.minWords()) f.add("too-short");
        if (f.contains("error-banner") && (empty || words < t.minWords())) f.add("soft-404");
        if (metrics.boilerplateShare() > t.mostlyBoilerplate()) f.add("mostly-boilerplate");
        if (metrics.duplicateShare() > t.mostlyDuplicate()) f.add("mostly-duplicate");
        if (metrics.damageShare() > t.encodingDamage()) f.add("encoding-damage");
        if (!t.expectedLanguages().isEmpty() && metrics.language() != null
                && !t.expectedLanguages().contains(metrics.language())) {
            f.add("unexpected-language");
        }
        if (hasPaywallHint(result)) f.add(words < PAYWALL_TEASER_WORDS ? "paywall" : "paywall-hint");
        else if (!empty && words < PAYWALL_TEASER_WORDS && hasSubscribeCall(result)) f.add("paywall");
        if (!empty && (looksTruncated(result.article().paragraphs()) || endsMidSentence(result.blocks()))) f.add("truncated");
        if (result.input().ok() && (empty || words < t.minWords()) && looksLikeNonArticle(result)) f.add("not-an-article");
        if (t.unexpected(type)) f.add("unexpected-page-type");
        flags = new ArrayList<>(f);

        double s;
        if (!result.input().ok()) {
            verdict = Verdict.REJECT;
            reasons.add(result.input().problem().code());
            s = 0;
        } else if (empty) {
            verdict = Verdict.REJECT;
            reasons.add("no-article");
            if (f.contains("not-an-article")) reasons.add("not-an-article");
            if (f.contains("soft-404")) reasons.add("soft-404");
            if (f.contains("unexpected-page-type")) reasons.add("unexpected-page-type");
            s = 0;
        } else {
            s = Math.min(1.0, 0.4 + 0.6 * words / 300.0);
            for (String flag : f) {
                if (DOUBTS.contains(flag)) {
                    reasons.add(flag);
                    s *= 0.6;
                }
            }
            if (f.contains("mostly-boilerplate")) s *= 0.9;
            if (metrics.language() != null && metrics.stopWordRatio() < 0.15) s *= 0.8;
            verdict = !reasons.isEmpty() || s < t.reviewBelow() ? Verdict.REVIEW : Verdict.ACCEPT;
            if (reasons.isEmpty() && verdict == Verdict.REVIEW) reasons.add("low-score");
        }
        score = QualityMetrics.round(s);
    }

    /** Every paywall phrase holds one of these words; most blocks hold none and skip the pattern. */
    private static boolean mayBePaywall(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("subscri") || lower.contains("continue") || lower.contains("premium")
                || lower.contains("paywall") || lower.contains("reserved") || lower.contains("available");
    }

    /**
     * A button or link that asks the reader to subscribe now, alone in its block. Full articles
     * carry one as well, so it counts only beside a teaser (fewer than 300 words).
     */
    private static boolean hasSubscribeCall(CleanResult result) {
        for (Block b : result.blocks()) {
            if (b.text().length() > 24) continue;
            String t = b.text().strip().toLowerCase(java.util.Locale.ROOT);
            int end = t.length();
            while (end > 0 && (t.charAt(end - 1) == '!' || t.charAt(end - 1) == '.' || t.charAt(end - 1) == ' ')) end--;
            if (SUBSCRIBE_CALLS.contains(t.substring(0, end))) return true;
        }
        return false;
    }

    /** Paywall wording anywhere on the page, kept or removed. */
    private static boolean hasPaywallHint(CleanResult result) {
        for (Block b : result.blocks()) {
            if (b.text().length() < 400 && mayBePaywall(b.text()) && PAYWALL.matcher(b.text()).find()) return true;
        }
        return false;
    }

    /**
     * The last paragraph stops mid-sentence: it ends in an ellipsis, or its words after the last
     * full stop run on for eight or more, or for four or more ending on a lower-case word (a
     * credit such as "PTI", a name, a hashtag, a handle or a URL after the last sentence is not a cut).
     */
    private static boolean looksTruncated(List<String> paragraphs) {
        String last = paragraphs.get(paragraphs.size() - 1).strip();
        if (last.length() < 150) return false;
        if (last.endsWith("...") || last.endsWith("…")) return true;
        char c = last.charAt(last.length() - 1);
        if (!(Character.isLetterOrDigit(c) || c == ',' || c == ';')) return false;
        int stop = Math.max(Math.max(last.lastIndexOf('.'), last.lastIndexOf('?')), last.lastIndexOf('!'));
        // Eight words fit in far less than this; a hostile page's megabyte-long tail need not be read whole.
        String tail = last.substring(Math.max(stop + 1, last.length() - 2000));
        if (tail.contains("http") || tail.contains("www") || tail.contains("@") || tail.contains("#")) return false;
        long words = QualityMetrics.words(tail).stream().filter(w -> w.chars().anyMatch(Character::isLetter)).count();
        return words >= 8;
    }

    /**
     * The capture itself stops mid-sentence: the page's last line ends in eight words or more of
     * running prose (mostly lower-case words, the last one too) after its last full stop, and nothing names it
     * boilerplate. A complete page ends in its footer, whose lines are title-cased labels; a
     * capture cut short ends wherever the scraper stopped.
     */
    private static boolean endsMidSentence(List<Block> blocks) {
        if (blocks.isEmpty()) return false;
        Block last = blocks.get(blocks.size() - 1);
        Reason r = last.ruleRemoval();
        if (r != null && r != Reason.SHORT_FRAGMENT && r != Reason.OUTSIDE_MAIN_CONTENT) return false;
        String text = last.text().strip();
        int stop = Math.max(Math.max(text.lastIndexOf('.'), text.lastIndexOf('?')), text.lastIndexOf('!'));
        String[] words = text.substring(stop + 1).strip().split("\\s+");
        if (words.length < 8) return false;
        int lower = 0;
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isLowerCase(words[i].codePointAt(0))) lower++;
        }
        String lastWord = words[words.length - 1];
        return lower >= 0.65 * (words.length - 1) && (Character.isLowerCase(lastWord.codePointAt(0)) || lastWord.endsWith(","));
    }

    /** A login, search or listing page: its own words say so, or most of it is links and navigation. */
    private static boolean looksLikeNonArticle(CleanResult result) {
        long linkish = 0;
        long all = 0;
        for (Block b : result.blocks()) {
            all += b.text().length();
            if (NOT_ARTICLE.matcher(b.text()).find() && b.text().length() < 80) return true;
            Reason r = b.ruleRemoval();
            if (r == Reason.NAVIGATION || r == Reason.LINK_DENSE || r == Reason.RELATED_LINKS) linkish += b.text().length();
        }
        return all > 0 && linkish > 0.5 * all;
    }
}
