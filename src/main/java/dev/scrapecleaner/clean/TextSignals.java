package dev.scrapecleaner.clean;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signals read from a block's text alone, shared by the HTML and the text-dump classifiers. */
final class TextSignals {
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern DIGIT_GROUP = Pattern.compile("\\d+");
    private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}+");
    private static final Pattern GALLERY = Pattern.compile("\\d{1,3}\\s?of\\s?\\d{1,3}(?=\\p{Lu}|\\s)");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|von|par|por|di|door|av|af)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
                    + "(\\s*(?:,|&|(?i:and|und|et|y|e))\\s*\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}){0,4}"
                    + "(\\s*[,|•·–—-].{0,80})?$");
    private static final Pattern BYLINE_LEAD_IN = Pattern.compile(
            "(?i:(?:written|posted|story|words|article|reported|authored)\\s+by|author)\\s*:?\\s+(?=\\p{Lu})");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(photo|image|picture|video|graphic|illustration|source|credit|foto|bild)s?( credit)?\\s*[:|/©].{0,150}$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?i)[(\\[]\\s*(?:(photo|image|picture|pic|video|credit|source|foto|bild|imagen)s?\\s*:|photo(?:graph)? by)"
                    + "[^)\\]]{1,60}[)\\]]\\s*$");
    /** The label a screen reader hears before a caption, captured with it ("Image caption The minister…"). */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?i)^(image|media|video|photo) ?caption\\b");
    /** A news-agency caption ("In this Dec. 12, 2006, file photo, …") or a credit closing one ("… Credit: ESA"). */
    private static final Pattern AGENCY_CAPTION = Pattern.compile(
            "(?i)^in this (?:\\S+ ){0,6}(?:file )?(?:photo(?:graph)?|image|picture)\\b|\\b(?:photo )?credit: [^.]{1,60}$");
    /** A credit line: names of photographers and agencies, nothing else ("Jane Doe | Agency | Getty Images"). */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^[\\p{L} .'’-]{2,40}(?:\\s*[|/]\\s*[\\p{L} .'’-]{2,40}){1,3}$");
    private static final Pattern AGENCY = Pattern.compile(
            "(?i)\\b(?:getty images|reuters|associated press|ap photo|afp|shutterstock|epa|alamy|istock)\\b");
    /** "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto", in the languages of the stop-word lists. */
    private static final Pattern READING_TIME = Pattern.compile(
            "(?i)^\\W{0,3}(?:\\d{1,3}\\s?(?:min|mins|minutes?|minutos?|minuten|minuti)\\.?\\s(?:read|de lectura|de leitura|"
                    + "de lecture|lesezeit|di lettura|leestijd)|(?:reading time|read time|tempo de leitura|tiempo de lectura|"
                    + "temps de lecture|lesezeit|tempo di lettura|leestijd)\\s?[:：]?\\s?[\\p{L}\\d ]{1,25})\\W{0,3}$");
    /** Runs of white space, to split on: compiled once, as {@code String.split} would compile it per call. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    private TextSignals() {
    }

    /**
     * The boilerplate reason a short block's own words announce, or null. Each pattern runs only
     * when the lower-cased text holds one of its words: most blocks hold none, and scanning every
     * block with every pattern was most of the time a text dump took to clean.
     */
    static Reason reasonForShortText(String text) {
        if (text.length() >= 1000) return null;
        String lower = text.toLowerCase(Locale.ROOT);
        if (mentionsTwice(lower, "cookie")) return Reason.COOKIE_NOTICE;
        if (text.length() > 400) return null;
        if (text.length() < 200 && hasAny(lower, ERROR_WORDS) && BoilerplateVocabulary.ERROR_BANNER.matcher(text).find()) {
            return Reason.ERROR_BANNER;
        }
        if (text.length() < 160 && startsWithAny(lower, RELATED_OPENINGS) && BoilerplateVocabulary.RELATED.matcher(text).find()) {
            return Reason.RELATED_LINKS;
        }
        if (hasAny(lower, TEASER_WORDS) && BoilerplateVocabulary.TEASER_END.matcher(text).find()) return Reason.RELATED_LINKS;
        if (text.length() < 80 && hasAny(lower, COMMENTS_WORDS) && BoilerplateVocabulary.COMMENTS.matcher(text).find()) {
            return Reason.COMMENTS;
        }
        if (text.length() < 120 && startsWithAny(lower, SHARE_OPENINGS) && BoilerplateVocabulary.SHARE.matcher(text).matches()) {
            return Reason.SHARE_BAR;
        }
        if (lower.contains("cookie") && BoilerplateVocabulary.COOKIE.matcher(text).find()) return Reason.COOKIE_NOTICE;
        if (text.length() < 200 && hasAny(lower, NEWSLETTER_WORDS) && BoilerplateVocabulary.NEWSLETTER.matcher(text).find()) {
            return Reason.NEWSLETTER;
        }
        if (text.length() < 40 && startsWithAny(lower, ADVERTISING_OPENINGS) && BoilerplateVocabulary.ADVERTISING.matcher(text).matches()) {
            return Reason.ADVERTISING;
        }
        if (text.length() < 300 && hasAny(lower, LEGAL_WORDS) && BoilerplateVocabulary.LEGAL.matcher(text).find()) {
            return Reason.LEGAL_DISCLAIMER;
        }
        return null;
    }

    /** Words one of which every match of a pattern holds (lower case), so that a text without them skips it. */
    private static final String[] ERROR_WORDS = {"page", "404", "sorry", "oops", "error", "access", "wrong"};
    private static final String[] TEASER_WORDS = {"read", "continue", "story"};
    private static final String[] COMMENTS_WORDS = {"comment", "coment", "kommentar", "replies", "responses", "reply", "discussion",
            "conversation", "reacties"};
    /**
     * How a text that a pattern anchored at its start matches begins (lower case): its first characters are ASCII
     * letters, which lowering the whole text leaves in place.
     */
    private static final String[] RELATED_OPENINGS = {"most ", "related", "more ", "read ", "see ", "you ", "recommended", "trending",
            "top stories", "popular ", "latest ", "editor", "also read"};
    private static final String[] SHARE_OPENINGS = {"share", "tweet", "email", "print", "facebook", "twitter", "linkedin", "whatsapp",
            "pinterest", "reddit"};
    private static final String[] ADVERTISING_OPENINGS = {"ad", "sponsored"};
    private static final String[] NEWSLETTER_WORDS = {"sign up", "subscribe", "newsletter", "inbox", "news alert", "news email",
            "news e-mail"};
    private static final String[] LEGAL_WORDS = {"disclaimer", "rights reserved", "©", "(c)", "copyright", "terms of", "commission",
            "privacy policy", "warranty", "trademark", "informational", "diagnose", "information"};

    /**
     * The rules of a comment section ("Comments are moderated"): in a text dump, where no markup
     * names the comment widget, the only sign of it near the article.
     */
    static boolean readsAsCommentPolicy(String text) {
        if (text.length() >= 300) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        return hasAny(lower, COMMENT_WORDS) && BoilerplateVocabulary.COMMENT_POLICY.matcher(text).find();
    }

    private static final String[] COMMENT_WORDS = {"comment", "coment", "kommentar", "reacties"};

    /** Legal wording (a disclaimer, a copyright line, a trademark notice), at any length. */
    static boolean readsAsLegal(String text) {
        return hasAny(text.toLowerCase(Locale.ROOT), LEGAL_WORDS) && BoilerplateVocabulary.LEGAL.matcher(text).find();
    }

    private static boolean startsWithAny(String lower, String[] openings) {
        for (String w : openings) {
            if (lower.startsWith(w)) return true;
        }
        return false;
    }

    private static boolean hasAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) return true;
        }
        return false;
    }

    /** Cookie notices and their settings panels name cookies again and again; prose rarely does. */
    private static boolean mentionsTwice(String lower, String word) {
        int first = lower.indexOf(word);
        return first >= 0 && lower.indexOf(word, first + word.length()) >= 0;
    }

    /**
     * A date and little else, in any language: a year, another number (day or time), at most a
     * few words (weekday, month, "updated", "at").
     */
    static boolean isDateLine(String text) {
        if (text.length() >= 80 || !YEAR.matcher(text).find()) return false;
        if (DIGIT_GROUP.matcher(text).results().count() < 2) return false;
        return LETTER_WORD.matcher(text).results().count() <= 6;
    }


    /** A caption or a picture credit, told by its own label: "Photo: …", "… (Image: Agency)", "Image caption …". */
    static boolean isCaption(String text) {
        int n = text.length();
        if (n >= 300) return false;
        // Each pattern runs only where the character it cannot match without is there.
        boolean slashOrBar = text.indexOf('|') >= 0 || text.indexOf('/') >= 0;
        boolean colon = text.indexOf(':') >= 0;
        if (n < 200 && (slashOrBar || colon || text.indexOf('©') >= 0) && CREDIT.matcher(text).matches()) return true;
        if (n < 200 && slashOrBar && CREDIT_LINE.matcher(text).matches() && AGENCY.matcher(text).find()) return true;
        return endsWithBracket(text) && TRAILING_CREDIT.matcher(text).find()
                || CAPTION_LABEL.matcher(text).find()
                || (colon || text.regionMatches(true, 0, "in this ", 0, 8)) && AGENCY_CAPTION.matcher(text).find();
    }

    /** Whether the last character before any trailing white space closes a bracket, as a trailing credit does. */
    private static boolean endsWithBracket(String text) {
        int i = text.length() - 1;
        while (i >= 0 && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && (text.charAt(i) == ')' || text.charAt(i) == ']');
    }

    /** A byline: "By" (in several languages) and up to five names, with an optional trailer (a date, a role). */
    static boolean isByline(String text) {
        return text.length() < 200 && BYLINE.matcher(text).matches();
    }

    /**
     * A byline that opens with a lead-in instead of "By" ("Written by Jane Doe", "Posted by", "Author: Jane
     * Doe"), as the byline it stands for ("By Jane Doe"); null for any other line. Reviewers, editors and
     * photographers have lead-ins of their own and are not read.
     */
    static String bylineAfterLeadIn(String text) {
        if (text.length() >= 200) return null;
        Matcher m = BYLINE_LEAD_IN.matcher(text);
        if (!m.lookingAt()) return null;
        String byline = "By " + text.substring(m.end());
        return isByline(byline) ? byline : null;
    }

    /** A line of the article's metadata: a date line, or the reading time. */
    static boolean isMetadataLine(String text) {
        return isDateLine(text) || text.length() < 60 && READING_TIME.matcher(text).matches();
    }

    /** A gallery caption's counter ("1 of 4", "2of4") opens the line. */
    static boolean opensWithGalleryCounter(String text) {
        return GALLERY.matcher(text).lookingAt();
    }

    static boolean endsLikeSentence(String text) {
        if (text.isEmpty()) return false;
        int i = text.length() - 1;
        while (i > 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) i--;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '。';
    }

    /**
     * Words in the text. Scripts written without spaces (Chinese, Japanese) count one word per two
     * of their characters, about their average word length, so that length rules hold for them too.
     */
    static int wordCount(String text) {
        int n = 0;
        int length = text.length();
        // A word opens with a letter or a number, and goes on through apostrophes and hyphens.
        for (int i = Scripts.nextLetterOrNumber(text, 0); i < length; i = Scripts.nextLetterOrNumber(text, i)) {
            int start = i;
            int cp;
            while (i < length && (Scripts.isLetterOrNumber(cp = text.codePointAt(i)) || cp == '\'' || cp == '’' || cp == '-')) {
                i += Character.charCount(cp);
            }
            int ideographs = 0;
            for (int k = start; k < i; k++) {
                if (Scripts.isIdeograph(text.charAt(k))) ideographs++;
            }
            n += ideographs > 1 ? (ideographs + 1) / 2 + (i - start - ideographs > 0 ? 1 : 0) : 1;
        }
        return n;
    }


    /** Whether the text has the punctuation of sentences somewhere: a tag cloud or a menu has none. */
    static boolean hasSentencePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (".,;:!?。、，".indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
