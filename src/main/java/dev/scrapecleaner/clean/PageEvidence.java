package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a page shows of its kind, in one place and named: how its text is shaped (one long run of
 * prose, or many short items of one shape; prices, dates, code, questions), the words of its
 * controls and title, and for HTML what its markup, structured data and address declare
 * ({@link MarkupEvidence}). The page-type model reads these to name the type. Every figure is a
 * count, share or flag of generic evidence; their weight is the model's to learn. The HTML content
 * model reads them too, beside each block's own features (a thread's posts and a story's comments
 * look alike; the page says which it is); the text-dump model does not, as they cost it held out.
 */
final class PageEvidence {
    /** Evidence any form carries: the text of its blocks. */
    static final List<String> TEXT_NAMES = List.of("type.blocks_log", "type.words_log", "type.short_block_share",
            "type.long_block_share", "type.mean_words_log", "type.longest_words_log", "type.top3_word_share",
            "type.prose_word_share", "type.shape_repeat_share", "type.shape_repeat_log", "type.price_blocks_log",
            "type.price_share", "type.date_blocks_log", "type.date_share", "type.question_share", "type.code_blocks_log",
            "type.heading_share", "type.bullet_share", "type.you_share", "type.i_share", "type.digit_block_share",
            "type.says_more_log", "type.says_thread_log", "type.says_cart_log", "type.says_docs_log", "type.says_contact_log",
            "type.says_sort_log", "type.says_rating_log", "type.label_line_share", "type.longest_position",
            "type.title_listing", "type.title_forum", "type.title_docs", "type.title_product", "type.title_service",
            "type.title_words", "type.rule_kept_share", "type.rule_kept_blocks_log", "type.rule_runs_log",
            "type.rule_kept_mean_words_log");
    /** Structured data, address and markup: what only HTML carries. */
    private static final List<String> HTML_OWN = List.of("type.link_word_share", "type.ld_article", "type.ld_product",
            "type.ld_discussion", "type.ld_collection", "type.ld_docs", "type.ld_service", "type.ld_webpage", "type.og_article",
            "type.og_product", "type.og_website", "type.url_known", "type.url_depth", "type.url_slug_words",
            "type.url_has_date", "type.url_forum", "type.url_product", "type.url_listing", "type.url_docs", "type.url_article",
            "type.url_service", "type.articles_log", "type.pre_log", "type.code_log", "type.forms_log", "type.inputs_log",
            "type.table_rows_log", "type.times_log", "type.subheads_log", "type.list_items_log", "type.images_log",
            "type.named_post_log", "type.named_product_log", "type.named_item_log", "type.named_docs_log",
            "type.linked_headings_log", "type.slug_links_log", "type.links_log", "type.h1s", "type.linked_block_share");
    /**
     * The HTML evidence the content model reads: all but the page's items. As block features the items
     * cost the held-out pages 0.004 (dev and WCXB HTML, products 0.046) in one run; as evidence of
     * the page's type they typed 5 more of WCXB's 1,497 pages right (83.7% to 84.0%).
     */
    static final List<String> CONTENT_HTML_NAMES = concat(TEXT_NAMES, HTML_OWN);
    static final List<String> HTML_NAMES = concat(CONTENT_HTML_NAMES, RepeatedItems.NAMES);

    static final GuardedPattern PRICE = GuardedPattern.matchingCase(
            "[$€£¥₹]\\s?\\d|(?<![\\d.,])\\d[\\d.,]{0,12}\\s?(?:€|£|USD|EUR|GBP|kr|zł)\\b",
            "$", "€", "£", "¥", "₹", "USD", "EUR", "GBP", "kr", "zł");
    // No word boundary before a month: inline elements run together ("annMar 3, 2025") in a block's text.
    static final GuardedPattern DATE = GuardedPattern.ignoringCase("(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
            + "|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
            + "|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago\\b",
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "ago", "/", ".", "-");
    private static final Pattern URL_DATE = Pattern.compile("/(?:19|20)\\d\\d/(?:[01]?\\d)(?:/|$)|/(?:19|20)\\d\\d-[01]\\d-[0-3]\\d");

    // Generic vocabularies of addresses and of structured-data types: evidence, whose weight the model learns.
    private static final List<String> URL_FORUM = List.of("forum", "forums", "thread", "threads", "topic", "topics",
            "community", "discussion", "discussions", "discuss", "t", "questions", "question", "q", "viewtopic", "showthread", "board");
    private static final List<String> URL_PRODUCT = List.of("product", "products", "p", "item", "items", "shop", "store", "dp",
            "buy", "sku");
    private static final List<String> URL_LISTING = List.of("category", "categories", "tag", "tags", "archive", "archives",
            "search", "page", "list", "section", "collections", "collection", "c", "browse", "all");
    private static final List<String> URL_DOCS = List.of("docs", "doc", "documentation", "api", "reference", "guide", "guides",
            "manual", "wiki", "learn", "developer", "developers", "kb", "help", "tutorial", "tutorials");
    private static final List<String> URL_ARTICLE = List.of("news", "blog", "blogs", "article", "articles", "post", "posts",
            "story", "stories", "opinion");
    private static final List<String> URL_SERVICE = List.of("services", "service", "about", "contact", "pricing", "solutions",
            "features", "company", "careers", "plans", "support");

    /**
     * The words of the controls each kind of page carries, read in short blocks only (a button, a
     * link, a label): teasers' "read more", threads' "reply", shops' "add to cart", manuals' "on this
     * page", services' "contact us". Generic interface words, whose weight the model learns.
     */
    static final List<GuardedPattern> SAYS = List.of(
            GuardedPattern.ignoringCase("\\b(?:read more|continue reading|learn more|more news|see all|view all|load more|next page|older posts)\\b",
                    "read more", "continue reading", "learn more", "more news", "see all", "view all", "load more", "next page", "older posts"),
            GuardedPattern.ignoringCase("^(?:reply|quote|report|share|like|permalink)$|\\b(?:replies|posts:|joined:?|posted by|views|members? online|thread|original poster)\\b",
                    "reply", "quote", "report", "share", "like", "permalink", "replies", "posts:", "joined", "posted by", "views", "member",
                    "thread", "original poster"),
            GuardedPattern.ignoringCase("\\b(?:add to (?:cart|bag|basket|wishlist)|buy now|in stock|out of stock|sku|quantity|free shipping|reviews?\\)?$|specifications)\\b",
                    "add to ", "buy now", "in stock", "out of stock", "sku", "quantity", "free shipping", "review", "specifications"),
            GuardedPattern.ignoringCase("\\b(?:on this page|table of contents|edit this page|was this page helpful|copy code|previous|next|parameters|returns|example)\\b",
                    "on this page", "table of contents", "edit this page", "was this page helpful", "copy code", "previous", "next", "parameters",
                    "returns", "example"),
            GuardedPattern.ignoringCase("\\b(?:contact us|get a quote|request a (?:demo|quote)|book (?:now|a call|an appointment)|call us|get started|free consultation|our services|pricing)\\b",
                    "contact us", "get a quote", "request a ", "book ", "call us", "get started", "free consultation", "our services", "pricing"),
            GuardedPattern.ignoringCase("\\b(?:sort by|sort:|filter|filters|showing \\d+|\\d+ results|results|page \\d+ of|newer|older|previous page)\\b",
                    "sort by", "sort:", "filter", "showing ", "results", "page ", "newer", "older", "previous page"),
            GuardedPattern.ignoringCase("★|☆|\\bout of 5\\b|\\b\\d(?:\\.\\d)? stars?\\b|\\b\\d+ (?:reviews|ratings)\\b",
                    "★", "☆", "out of 5", "star", "reviews", "ratings"));

    /** The same kinds, as a page's title names them ("Archives", "Forum", "API reference", "Shop", "Our services"). */
    private static final List<Pattern> TITLE_SAYS = List.of(
            Pattern.compile("(?i)\\b(?:category|categories|archives?|tag|tagged|search results?|page \\d+|all posts|latest|news|blog|results for|topics?)\\b"),
            Pattern.compile("(?i)\\b(?:forums?|thread|topic|community|discussion|question|answers?|reply|solved|help needed)\\b"),
            Pattern.compile("(?i)\\b(?:documentation|docs|api|reference|guide|manual|tutorial|how to|getting started|install(?:ation|ing)?)\\b"),
            Pattern.compile("(?i)\\b(?:buy|shop|store|price|sale|product|order)\\b|[$€£]\\s?\\d"),
            Pattern.compile("(?i)\\b(?:services?|solutions?|contact|about us|pricing|company|agency|consulting|hire|book)\\b"));

    private PageEvidence() {
    }

    /** Whether a short text names a price ("$12.99", "12,50 €"). */
    static boolean saysPrice(String text) {
        return hasDigit(text) && PRICE.find(text);
    }

    /** Whether a short text names a day ("Mar 3", "3 March", "2025-03-03", "2 days ago"). */
    static boolean saysDate(String text) {
        return hasDigit(text) && DATE.find(text);
    }

    /** Whether the text holds an ASCII digit, which every match of {@link #PRICE} and {@link #DATE} holds ({@code \d} is ASCII here). */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    static List<String> names(Format format) {
        return format == Format.HTML ? HTML_NAMES : TEXT_NAMES;
    }

    /** Where the title's figures start in every form's evidence. */
    private static final int TITLE_AT = TEXT_NAMES.indexOf("type.title_listing");

    /**
     * The part of a page's evidence that the content model reads, in the order of {@link #CONTENT_HTML_NAMES}:
     * the page-type model's evidence ({@link #of}), but with the title's figures from the weighed title
     * alone, null where it is in doubt, as the content models were trained. Read from the headline
     * there as well, the held-out HTML pages lost 0.003 (WCXB) and 0.002 (dev) in one retraining.
     */
    static float[] forContent(Page page) {
        float[] evidence = page.evidence();
        float[] out = evidence.length == HTML_NAMES.size() ? Arrays.copyOf(evidence, CONTENT_HTML_NAMES.size()) : evidence.clone();
        // Where a title was given, the evidence already reads it; only the headline's figures are taken back.
        if (page.title() == null) title(null, out, TITLE_AT);
        return out;
    }

    /** The page's evidence, in the order of {@link #names} for its format (HTML when the parser read its markup). */
    static float[] of(Page page) {
        MarkupEvidence markup = page.markup();
        float[] out = new float[(markup != null ? HTML_NAMES : TEXT_NAMES).size()];
        // The page's own blocks: a renderer's list of link addresses after the page is not its text.
        List<Block> blocks = page.blocks().subList(0, FeatureRows.pageEnd(page.blocks()));
        int k = text(blocks, out);
        // The weighed title where it is sure, else the headline the page shows: a title left null for doubt
        // (four pages in ten) still names what the page is. Held out, WCXB's HTML pages typed 84.0% -> 84.8%.
        // A text dump's is the headline line the rules took out, as its models were trained: its title is a guess among its lines.
        k = title(page.input().format() == Format.TEXT ? page.headline() : page.title() != null ? page.title() : page.headline(), out, k);
        k = ruleKept(blocks, out, k);
        if (markup != null) html(page, markup, out, k);
        return out;
    }



    private static int text(List<Block> blocks, float[] out) {
        int n = blocks.size();
        double words = 0;
        double shortBlocks = 0;
        double longBlocks = 0;
        double proseWords = 0;
        double priceBlocks = 0;
        double dateBlocks = 0;
        double questions = 0;
        double codeBlocks = 0;
        double headings = 0;
        double bullets = 0;
        double digitBlocks = 0;
        double you = 0;
        double me = 0;
        double[] says = new double[SAYS.size()];
        int[] top = new int[3];
        int longest = 0;
        int longestAt = 0;
        double labelLines = 0;
        int at = 0;
        Map<String, Integer> shapes = new HashMap<>();
        for (Block b : blocks) {
            int w = b.words();
            String s = b.text();
            words += w;
            if (w < 6) shortBlocks++;
            if (w >= 40) longBlocks++;
            if (isProse(b)) proseWords += w;
            if (w > longest) {
                longest = w;
                longestAt = at;
            }
            at++;
            if (w <= 8 && isLabelLine(s)) labelLines++;
            top(top, w);
            if (s.length() < 300 && saysPrice(s)) priceBlocks++;
            if (s.length() < 300 && saysDate(s)) dateBlocks++;
            if (s.endsWith("?")) questions++;
            if (looksLikeCode(b)) codeBlocks++;
            if (b.isHeading()) headings++;
            if (s.length() > 1 && "•·*-–—▪►▶■□◦○●➤»".indexOf(s.charAt(0)) >= 0) bullets++;
            if (digitShare(s) > 0.3) digitBlocks++;
            int[] persons = persons(s);
            you += persons[0];
            me += persons[1];
            shapes.merge(shape(b, w), 1, Integer::sum);
            if (w <= 8 && s.length() <= 80) {
                String lowered = GuardedPattern.lowerAscii(s);
                for (int v = 0; v < says.length; v++) if (SAYS.get(v).find(s, lowered)) says[v]++;
            }
        }
        int mostShape = 0;
        for (int c : shapes.values()) mostShape = Math.max(mostShape, c);
        double blocksOr1 = Math.max(1, n);
        double wordsOr1 = Math.max(1, words);
        int k = 0;
        out[k++] = (float) Math.log1p(n);
        out[k++] = (float) Math.log1p(words);
        out[k++] = (float) (shortBlocks / blocksOr1);
        out[k++] = (float) (longBlocks / blocksOr1);
        out[k++] = (float) Math.log1p(words / blocksOr1);
        out[k++] = (float) Math.log1p(longest);
        out[k++] = (float) ((top[0] + top[1] + top[2]) / wordsOr1);
        out[k++] = (float) (proseWords / wordsOr1);
        out[k++] = (float) (mostShape / blocksOr1);
        out[k++] = (float) Math.log1p(mostShape);
        out[k++] = (float) Math.log1p(priceBlocks);
        out[k++] = (float) (priceBlocks / blocksOr1);
        out[k++] = (float) Math.log1p(dateBlocks);
        out[k++] = (float) (dateBlocks / blocksOr1);
        out[k++] = (float) (questions / blocksOr1);
        out[k++] = (float) Math.log1p(codeBlocks);
        out[k++] = (float) (headings / blocksOr1);
        out[k++] = (float) (bullets / blocksOr1);
        out[k++] = (float) (you / wordsOr1);
        out[k++] = (float) (me / wordsOr1);
        out[k++] = (float) (digitBlocks / blocksOr1);
        for (double c : says) out[k++] = (float) Math.log1p(c);
        out[k++] = (float) (labelLines / blocksOr1);
        out[k++] = n <= 1 ? 0 : longestAt / (float) (n - 1);
        return k;
    }

    /** "Weight: 2 kg", "Returns: the count": a label, a colon, a value; specifications and parameter lists are made of them. */
    private static boolean isLabelLine(String s) {
        int colon = s.indexOf(':');
        return colon > 0 && colon <= 30 && colon < s.length() - 2 && !s.startsWith("http");
    }

    private static int title(String title, float[] out, int k) {
        String t = title == null ? "" : title;
        for (Pattern p : TITLE_SAYS) out[k++] = !t.isEmpty() && p.matcher(t).find() ? 1 : 0;
        out[k++] = TextSignals.wordCount(t);
        return k;
    }

    /**
     * What the rules kept, which were written for articles: most of an article's words in one or two
     * runs; little of a listing's, in many short runs.
     */
    private static int ruleKept(List<Block> blocks, float[] out, int k) {
        double words = 0;
        double kept = 0;
        int keptBlocks = 0;
        int runs = 0;
        boolean inRun = false;
        for (Block b : blocks) {
            words += b.words();
            if (b.isContent()) {
                kept += b.words();
                keptBlocks++;
                if (!inRun) runs++;
            }
            inRun = b.isContent();
        }
        out[k++] = (float) (words == 0 ? 0 : kept / words);
        out[k++] = (float) Math.log1p(keptBlocks);
        out[k++] = (float) Math.log1p(runs);
        out[k++] = (float) Math.log1p(keptBlocks == 0 ? 0 : kept / keptBlocks);
        return k;
    }

    private static int html(Page page, MarkupEvidence m, float[] out, int k) {
        double words = 0;
        double linkWords = 0;
        int linkedBlocks = 0;
        for (Block b : page.blocks()) {
            words += b.words();
            linkWords += b.words() * b.linkDensity();
            if (b.linkDensity() > 0.5) linkedBlocks++;
        }
        out[k++] = (float) (words == 0 ? 0 : linkWords / words);
        for (String group : List.of("article", "product", "discussion", "collection", "docs", "service", "webpage")) {
            out[k++] = m.declared.contains(group) ? 1 : 0;
        }
        String og = m.ogType == null ? "" : m.ogType;
        out[k++] = og.contains("article") ? 1 : 0;
        out[k++] = og.contains("product") ? 1 : 0;
        out[k++] = og.equals("website") ? 1 : 0;
        String url = page.metadata().url();
        List<String> segments = segments(url);
        out[k++] = url == null ? 0 : 1;
        out[k++] = segments.size();
        out[k++] = segments.isEmpty() ? 0 : segments.get(segments.size() - 1).split("[-_]+").length;
        out[k++] = url != null && URL_DATE.matcher(url).find() ? 1 : 0;
        for (List<String> vocabulary : List.of(URL_FORUM, URL_PRODUCT, URL_LISTING, URL_DOCS, URL_ARTICLE, URL_SERVICE)) {
            boolean any = false;
            for (String s : segments) any |= vocabulary.contains(s);
            out[k++] = any ? 1 : 0;
        }
        for (int count : new int[] {m.articles, m.pres, m.codes, m.forms, m.inputs, m.tableRows, m.times, m.subheads,
                m.listItems, m.images, m.namedPost, m.namedProduct, m.namedItem, m.namedDocs, m.linkedHeadings, m.slugLinks,
                m.links}) {
            out[k++] = (float) Math.log1p(count);
        }
        out[k++] = m.h1s;
        out[k++] = page.blocks().isEmpty() ? 0 : linkedBlocks / (float) page.blocks().size();
        return RepeatedItems.figures(page.document() == null ? null : page.document().body(), out, k);
    }

    /** The address's path segments, lowercased, without the query. */
    static List<String> segments(String url) {
        List<String> out = new ArrayList<>();
        if (url == null) return out;
        String s = url;
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            int slash = s.indexOf('/', scheme + 3);
            s = slash < 0 ? "" : s.substring(slash);
        }
        int cut = s.length();
        for (char c : new char[] {'?', '#'}) {
            int at = s.indexOf(c);
            if (at >= 0) cut = Math.min(cut, at);
        }
        for (String seg : s.substring(0, cut).toLowerCase(Locale.ROOT).split("/")) {
            if (seg.isEmpty()) continue;
            int dot = seg.lastIndexOf('.');
            if (dot > 0 && seg.length() - dot <= 5) seg = seg.substring(0, dot);
            out.add(seg);
        }
        return out;
    }

    private static boolean isProse(Block b) {
        return b.element() != null ? ContentRegion.isProse(b) : TextDumpClassifier.isProse(b);
    }

    private static void top(int[] top, int w) {
        if (w > top[0]) {
            top[2] = top[1];
            top[1] = top[0];
            top[0] = w;
        } else if (w > top[1]) {
            top[2] = top[1];
            top[1] = w;
        } else if (w > top[2]) {
            top[2] = w;
        }
    }

    /** Code: markup says so, or the line is dense with the punctuation programs are made of. */
    private static boolean looksLikeCode(Block b) {
        String tag = b.tag();
        if ("pre".equals(tag) || "code".equals(tag)) return true;
        String s = b.text();
        if (s.length() < 8) return false;
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '{', '}', '(', ')', ';', '=', '<', '>', '[', ']' -> marks++;
                default -> { }
            }
        }
        return marks >= 3 && marks * 12 >= s.length();
    }

    private static double digitShare(String s) {
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) digits++;
            else if (Character.isLetter(c)) letters++;
        }
        return digits + letters == 0 ? 0 : digits / (double) (digits + letters);
    }

    /** Words addressing the reader ("you", "we") and the writer's own ("I", "my"): services talk to you, posts say I. */
    private static int[] persons(String s) {
        int you = 0;
        int me = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetter(s.charAt(i))) i++;
            int from = i;
            while (i < n && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\'')) i++;
            int len = i - from;
            // Every word counted starts with one of these letters; one that lowers to them from another letter would
            // lower to more than the word ("İ" to "i̇"), so the rest need not be lowered.
            if (len == 0 || len > 5 || "yYwWoOuUiImM".indexOf(s.charAt(from)) < 0) continue;
            String w = s.substring(from, i).toLowerCase(Locale.ROOT);
            switch (w) {
                case "you", "your", "we", "our", "us" -> you++;
                case "i", "my", "me", "i'm", "i've" -> me++;
                default -> { }
            }
        }
        return new int[] {you, me};
    }

    /** A block's shape for repetition: its tag, its length in powers of two, and whether it ends a sentence. */
    private static String shape(Block b, int words) {
        int bucket = 32 - Integer.numberOfLeadingZeros(words);
        return b.tag() + "/" + bucket + "/" + (TextSignals.endsLikeSentence(b.text()) ? 1 : 0);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> n = new ArrayList<>(a);
        n.addAll(b);
        return List.copyOf(n);
    }
}
