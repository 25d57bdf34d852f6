package dev.scrapecleaner.clean;

import java.util.regex.Pattern;

/**
 * The words that name boilerplate, in class/id names of HTML and in the text of short blocks.
 * Generic vocabulary of web pages, never the name of one site.
 */
final class BoilerplateVocabulary {
    private BoilerplateVocabulary() {
    }

    static final Pattern ERROR_BANNER = Pattern.compile(
            "(?i)\\b(page (?:you (?:were |are )?(?:looking|searching) for|not found|cannot be found|could not be found|"
                    + "doesn'?t exist|does not exist|no longer exists?)|404 error|error 404|sorry[,!.]*$|^sorry\\b|^oops\\b|"
                    + "^error[!:]|access denied|something went wrong)");
    static final Pattern LEGAL = Pattern.compile(
            "(?i)(\\bdisclaimer\\b|all rights reserved|(?<!Ã)©|\\(c\\) \\d{4}|\\bcopyright\\b|terms of (?:use|service)|"
                    + "privacy policy|without warranty|registered trademarks?\\b|for informational purposes( only)?\\b|"
                    + "not intended to diagnose|information (?:provided|contained) "
                    + "(?:on|in) this (?:web)?site|\\b(?:may|might) (?:receive|earn|get) (?:a )?(?:small )?(?:share of (?:sales|revenue) "
                    + "or (?:a )?)?(?:affiliate )?commission)");
    static final Pattern RELATED = Pattern.compile(
            "(?i)^(most (?:popular|read|viewed|shared)|related(?: stories| articles| news| content)?|more (?:stories|news|from|on)|"
                    + "(?:read|see) (?:more|next|also)|you (?:may|might) (?:also )?like|recommended|trending|top stories|"
                    + "popular (?:stories|now)|latest (?:news|stories)|editor'?s picks?|see also|also read)\\b");
    /** A summary that ends in a link to the rest: a teaser for another page. */
    static final Pattern TEASER_END = Pattern.compile(
            "(?i)(\\bread more|\\bcontinue reading|\\bread the full (?:story|article)|\\bfull story)\\W{0,4}$");
    static final Pattern COMMENTS = Pattern.compile(
            "(?i)^[\\W_]{0,3}(comments?\\b|\\d+ (?:comments?|replies|responses)|no comments?|leave a (?:comment|reply)|"
                    + "join the (?:discussion|conversation)|add (?:a )?comment|(?:show|view|read|see|load) (?:all |more )?comments|"
                    + "post a comment|(?:top|most|all|latest|newest|oldest|best|reader) (?:rated |liked |recent )?comments|"
                    // The same widget in the other languages of the stop-word lists.
                    + "(?:lascia|deja|deixe|laissez|laisser|hinterlasse|schreibe) (?:un|um|une|einen) "
                    + "(?:commento|comentario|comentário|commentaire|kommentar)|"
                    + "(?:commenti|comentarios|comentários|commentaires|kommentare|reacties)\\b)");
    /** A comment section's rules: comments and what is done to them ("Comments are moderated", "ATENÇÃO: Comentários … não serão aprovados"). */
    static final Pattern COMMENT_POLICY = Pattern.compile(
            "(?i)\\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|reacties)\\b.{0,120}?"
                    + "\\b(?:moderat|approv|aprovad|aprobad|approuv|freigeschaltet|guidelines|policy|diretrizes|directrices)");
    static final Pattern SHARE = Pattern.compile(
            "(?i)^(share(?: this| on| via|:)?|tweet|email|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit)\\b.{0,60}$");
    static final Pattern COOKIE = Pattern.compile(
            "(?i)(\\bcookies?\\b.{0,80}\\b(?:consent|accept|agree|use|policy|settings)|\\b(?:we|site|website|page) uses? cookies\\b|"
                    + "\\buse of cookies\\b|\\b(?:utilizziamo|usiamo|utilizza|usamos|utilizamos|utiliza|utilisons|utilise|"
                    + "verwenden|verwendet|nutzen|nutzt|gebruiken|gebruikt)\\b.{0,20}\\bcookies?\\b)");
    static final Pattern NEWSLETTER = Pattern.compile(
            "(?i)(sign up for (?:our|the)|subscribe to (?:our|the)|newsletter|get the latest .{0,30} in your inbox|"
                    + "\\b(?:to|in|meet|hit) your inbox\\b|^(?:breaking )?news ?(?:letter|alerts|e-?mails)$)");
    static final Pattern ADVERTISING = Pattern.compile("(?i)^(advertisement|advertising|sponsored(?: content)?|ad)$");

    /** The boilerplate a class, id or role word names, or null. */
    static Reason reasonForWord(String w) {
        switch (w) {
            case "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "topbar", "skip":
                return Reason.NAVIGATION;
            case "footer", "copyright", "disclaimer", "legal":
                return Reason.LEGAL_DISCLAIMER;
            case "related", "recommended", "popular", "trending", "more", "outbrain", "taboola", "teaser", "teasers":
                return Reason.RELATED_LINKS;
            case "comment", "comments", "disqus", "discussion", "replies":
                return Reason.COMMENTS;
            case "share", "sharing", "social", "sharebar", "socials":
                return Reason.SHARE_BAR;
            case "cookie", "cookies", "consent", "gdpr":
                return Reason.COOKIE_NOTICE;
            case "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "banner":
                return Reason.ADVERTISING;
            case "newsletter", "subscribe", "signup", "paywall":
                return Reason.NEWSLETTER;
            case "caption", "figcaption":
                return Reason.CAPTION;
            case "byline", "author":
                return Reason.BYLINE;
            case "sidebar", "widget", "aside":
                return Reason.OUTSIDE_MAIN_CONTENT;
            default:
                return null;
        }
    }
}
