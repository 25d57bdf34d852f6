package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Author names as pages write them, brought to the people they name: "By Jane Doe and John Roe |
 * March 3" is two names, "Jillian Kubala, MS, RD" one; the site, "Staff", a newsroom, a
 * photographer or a reviewer is nobody's name and gives none.
 */
final class Authors {
    /** Words before names that say whose they are: the author's ("By"), or someone else's ("Photo by"). */
    private static final Pattern LEAD = Pattern.compile(
            "(?i)^\\s*+(?:(?:written|posted|published|authored|words|story|text|article|report(?:ed|ing))\\s+by|by|von|par|por|door|"
                    + "author(?:s|ed)?|written|posted|writer|byline)\\b\\s*+[:：-]?\\s*+");
    private static final Pattern OTHERS = Pattern.compile(
            "(?i)\\b(?:photo(?:s|graph(?:s|y|ed)?)?|image|images|picture|video|illustrat(?:ion|ed)|graphic|reviewed|"
                    + "fact[- ]?checked|edited|translated|updated|sponsored|presented|powered|courtesy|compiled)\\s+by\\b");
    /** Where the names stop: a date ("Wyndo Dec 04"), a role or a place after a bar, a bullet or " on ". */
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)(?:[|•·—–]|\\s-\\s|\\bon\\s(?=\\p{L}{3,9}\\.?\\s\\d|\\d)|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|"
                    + "\\bat\\s+\\d|\\d{1,2}[:/.]\\d{1,2}|\\b(?:19|20)\\d{2}\\b|"
                    + "\\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}{0,6}\\.?\\s\\d{1,2}\\b).*$");
    /** Between names; no run of white space is matched, so that no input makes the matcher backtrack (names are trimmed after). */
    private static final Pattern SEPARATORS = Pattern.compile("[,;/]|\\s&\\s|\\s(?i:and|und|et|y|e|og|och|en)\\s");
    /** A credential or degree after a name: "MD", "Ph.D.", "RD", "CFP®". */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "^(?:[\\p{Lu}]{1,6}[®]?|(?:\\p{L}{1,3}\\.){1,3}\\p{L}{0,2}\\.?|(?:Jr|Sr|III|II|IV)\\.?|[\\p{Lu}][\\p{Lu}\\d-]{1,7}[®]?"
                    + "(?:\\s\\d{2,4})?)$");
    private static final Set<String> NOT_PEOPLE = Set.of("staff", "team", "editor", "editors", "editorial", "newsroom",
            "desk", "admin", "administrator", "contributor", "contributors", "guest", "anonymous", "unknown", "author",
            "authors", "press", "news", "media", "agency", "inc", "llc", "ltd", "corp", "gmbh", "company", "magazine",
            "redaction", "redaktion", "redacción", "redação", "bureau", "wire", "wires", "reuters", "ap", "afp", "board",
            "department", "office", "group", "website", "blog", "com", "org", "net", "www", "http", "https", "official",
            "writer", "writers", "reporter", "reporters", "correspondent", "expert", "experts", "director", "manager",
            "ceo", "founder", "specialist", "contributing", "senior", "associate", "sponsored", "partner", "support",
            "customer", "service", "services", "center", "centre", "institute", "university", "foundation", "health",
            "online", "digital", "daily", "times", "post", "journal", "herald", "network", "studio", "studios");
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "da", "di", "del", "della", "von", "la",
            "le", "du", "dos", "das", "bin", "ibn", "al", "el", "ter", "ten", "y", "zu", "st", "mc");
    /**
     * Words of a page's furniture that author elements and name-like lines hold instead of a name
     * ("Sign In", "Full Bio", "Contact Us", "Posts: 116"); no person's name is made of them.
     */
    private static final Set<String> FURNITURE = Set.of("sign", "login", "logout", "bio", "contact", "subscribe", "menu",
            "search", "share", "follow", "posts", "threads", "joined", "says", "wrote", "reply", "replies", "comments",
            "explore", "learn", "buy", "read", "view", "more", "us", "the", "this", "of", "our", "your", "my", "here");
    /** The weekdays cut short, as dates write them ("Sat, 20 Dec"). */
    private static final String WEEKDAYS = "mon|tue|wed|thu|fri|sat|sun";
    /** Month and weekday names, whole and cut short, that with a number make a date, not a name ("August 28", "Sat, 20 Dec"). */
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t|tember)?|"
                    + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" + WEEKDAYS + ")\\b\\.?");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:" + WEEKDAYS + ")\\.?");
    private static final int MAX_NAMES = 8;

    private Authors() {
    }

    /**
     * The people the text names as its authors, in order, once each; empty when it names none (a
     * site, a role, a photographer).
     *
     * @param site the site's name, words of which are not a person's
     */
    static List<String> names(String text, String site) {
        List<String> names = new ArrayList<>();
        if (text == null) return names;
        String s = HtmlParser.collapse(text.replace('\u00a0', ' '));
        if (s.isEmpty() || s.length() > 300 || s.contains("://") || s.contains("@") && s.indexOf('@') > 0 && s.contains(".")) {
            return names;
        }
        if (OTHERS.matcher(s).find()) {
            // "By Jane Doe, photos by John Roe": the names before the other credit are the author's.
            java.util.regex.Matcher m = OTHERS.matcher(s);
            m.find();
            s = s.substring(0, m.start()).strip();
            if (s.isEmpty()) return names;
        }
        s = LEAD.matcher(s).replaceFirst("");
        s = TRAILER.matcher(s).replaceFirst("").strip();
        String siteWords = site == null ? "" : MetadataText.words(site);
        for (String part : SEPARATORS.split(s)) {
            String name = cleanName(part);
            if (name == null || CREDENTIAL.matcher(name).matches()) continue;
            String w = MetadataText.words(name);
            if (w.isEmpty() || !isPerson(name, w, siteWords)) {
                // A part that is no one ("Staff", the site) after a person's name is a role or a trailer; before any, the whole credit is no one's.
                if (names.isEmpty() && isOrganisation(w, siteWords)) return names;
                continue;
            }
            boolean seen = false;
            for (String n : names) seen |= MetadataText.words(n).equals(w);
            if (!seen) names.add(name);
            if (names.size() == MAX_NAMES) break;
        }
        return names;
    }

    private static String cleanName(String part) {
        String p = part.strip();
        while (!p.isEmpty() && "\"'“”‘’()[]:.-–—@#".indexOf(p.charAt(0)) >= 0) p = p.substring(1).strip();
        while (!p.isEmpty() && "\"'“”‘’()[]:-–—".indexOf(p.charAt(p.length() - 1)) >= 0) p = p.substring(0, p.length() - 1).strip();
        return p.isEmpty() ? null : p;
    }

    private static boolean isOrganisation(String words, String siteWords) {
        if (words.isEmpty()) return false;
        if (!siteWords.isEmpty() && (words.equals(siteWords) || words.contains(siteWords))) return true;
        for (String w : words.split(" ")) if (NOT_PEOPLE.contains(w)) return true;
        return false;
    }

    /**
     * A person's name: one to six words, not the site's name, no word of an organisation's, a role's or
     * the page's furniture, few digits, and no date.
     */
    private static boolean isPerson(String name, String words, String siteWords) {
        if (name.length() > 60 || isOrganisation(words, siteWords)) return false;
        String[] ws = words.split(" ");
        if (ws.length > 6) return false;
        int digits = 0;
        for (int i = 0; i < name.length(); i++) if (Character.isDigit(name.charAt(i))) digits++;
        if (digits * 2 > name.length()) return false;
        if (digits > 0 && DATE_WORDS.matcher(name).find() || WEEKDAY.matcher(name).matches()) return false;
        for (String w : ws) if (FURNITURE.contains(w)) return false;
        if (ws.length > 1) {
            // Several words: a name's words open with a capital, bar its particles ("van der", "de la"); a sentence's do not.
            String[] raw = name.split("\\s+");
            int lower = 0;
            for (String r : raw) {
                if (!r.isEmpty() && Character.isLowerCase(r.codePointAt(0)) && !PARTICLES.contains(r.toLowerCase(Locale.ROOT))) lower++;
            }
            if (lower > 0 && lower < raw.length) return false;
        }
        return true;
    }
}
