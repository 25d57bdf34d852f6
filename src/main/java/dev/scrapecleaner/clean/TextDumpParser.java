package dev.scrapecleaner.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text dump into blocks, one per non-blank line (or per wrapped paragraph, where a text
 * browser wrapped the lines: {@link HardWraps}), and reads the scraper's header line
 * ({@code date YYYY-MM-DD STATUS}) when the dump starts with one, or the header of a crawler's WARC
 * record ({@link WarcHeader}: a WET file's page), or the fields a reader service writes before the
 * page ({@link ReaderPreamble}). A browser's numbered links
 * ({@link LinkNumbers}) are taken out: the markers from the text, the list of addresses into one
 * block removed as {@link Reason#LINK_REFERENCES}, as are the links of the page's head lynx lists before it; so are
 * addresses written in brackets after each link ({@link InlineAddresses}), and where a dump writes them so, a line that is only an address
 * is removed for the same reason, as is a frame written as its address; images written as their file names
 * leave the text ({@link BrowserPlaceholders}). A dump written as Markdown is read as its rendered page ({@link MarkdownSyntax}).
 */
final class TextDumpParser implements Stage {
    /** The signal of a dump that holds several crawler's records (a whole WET file): only the first was cleaned. */
    static final String SEVERAL_RECORDS = "several-records";
    private static final Pattern HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+(\\d{3}))?\\s*$");

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public void apply(Page page) {
        String text = page.input().text();
        List<String> lines = new ArrayList<>();
        int len = text.length();
        for (int start = 0; start <= len; ) {
            page.checkDeadline("parse");
            int end = text.indexOf('\n', start);
            if (end < 0) end = len;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, stop));
            start = end + 1;
        }
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        WarcHeader warc = WarcHeader.read(lines, first);
        ReaderPreamble reader = warc == null ? ReaderPreamble.read(lines, first) : null;
        if (warc != null) {
            // A crawler's record: its header says where and when the page was fetched, as a scraper's line does.
            // One short block, as a scraper's line is: the header's fields are not the page's text, and counted in the
            // page's characters they would move every line's place in it.
            Block b = new Block(0, lines.get(first).strip(), "line", 0);
            b.remove(Reason.SCRAPER_HEADER);
            page.blocks().add(b);
            page.header(new ScraperHeader(warc.fetchDate(), null));
            if (warc.targetUri() != null) page.metadata(new Metadata(null, List.of(), null, warc.targetUri(), null, Map.of()));
            if (warc.records() > 1) page.signal(SEVERAL_RECORDS);
            lines = new ArrayList<>(lines.subList(warc.end(), warc.bodyEnd(lines)));
            first = 0;
        } else if (reader != null) {
            // A reader service's fields: the page's declared title, address and date, not its text. One short block, as
            // a scraper's line is (its fields counted in the page's characters would move every line's place in it).
            Block b = new Block(0, reader.marker(), "line", 0);
            b.remove(Reason.SCRAPER_HEADER);
            page.blocks().add(b);
            page.reader(reader);
            // The service answers a page its server refused with that error page: its status says so, as a scraper's line would.
            if (reader.httpStatus() != null) page.header(new ScraperHeader(null, reader.httpStatus()));
            String published = reader.publishedTime() == null ? null : Dates.read(reader.publishedTime());
            page.metadata(new Metadata(published, List.of(), null, reader.urlSource(), null,
                    published == null ? Map.of() : Map.of("publishedDate", "publishedDate from the reader's Published Time field")));
            lines = new ArrayList<>(lines.subList(reader.end(), lines.size()));
            first = 0;
        } else if (first < lines.size()) {
            Matcher m = HEADER.matcher(HtmlParser.collapse(lines.get(first)));
            if (m.matches()) {
                Block b = new Block(0, HtmlParser.collapse(lines.get(first)), "line", 0);
                page.header(new ScraperHeader(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2))));
                b.remove(Reason.SCRAPER_HEADER);
                page.blocks().add(b);
                first++;
            }
        }
        List<String> body = new ArrayList<>(lines.subList(Math.min(first, lines.size()), lines.size()));
        // A text browser's list of link addresses leaves the body (a blank line in its place still parts blocks);
        // a list of addresses in a dump whose links bear no numbers is the page's own (a bibliography).
        boolean numbered = LinkNumbers.numbersLinks(body);
        boolean[] references = numbered ? LinkNumbers.references(body) : new boolean[body.size()];
        StringBuilder addresses = new StringBuilder();
        // The head's links lynx lists before the page go the same way, to a block of their own after the page: there,
        // as the addresses, they count in none of the page's figures (FeatureRows#pageEnd).
        int head = numbered ? LinkNumbers.headLinks(body) : LinkNumbers.unnumberedHeadLinks(body);
        // Without numbers, only a wrapped dump's first paragraph is lynx's list; one block a line, it is the page's.
        if (!numbered && head > 0 && HardWraps.width(body) == 0) head = 0;
        String headLinks = String.join(" ", body.subList(0, head));
        for (int i = 0; i < head; i++) body.set(i, "");
        for (int i = 0; i < body.size(); i++) {
            if (!references[i]) continue;
            if (addresses.length() > 0) addresses.append(' ');
            addresses.append(body.get(i).strip());
            body.set(i, "");
        }
        // A dump written as Markdown shows what its rendered page shows: links as their text, images not at all. Where
        // the converter wrapped the Markdown (html2text's 78 columns), a link's text and address run over lines: the
        // lines are joined as it wrapped them first, and each whole block read.
        boolean markdown = MarkdownSyntax.written(body);
        int markdownWidth = markdown ? HardWraps.width(body) : 0;
        if (markdownWidth > 0) {
            List<String> blocks = new ArrayList<>();
            for (String block : HardWraps.join(body, markdownWidth)) blocks.add(MarkdownSyntax.plain(block));
            body = blocks;
        } else if (markdown) {
            for (int i = 0; i < body.size(); i++) body.set(i, MarkdownSyntax.plain(body.get(i)));
        }
        // The browser wrapped the lines with its link markers and addresses in them; they go once the blocks are whole.
        boolean addressed = InlineAddresses.written(body);
        boolean imageNames = BrowserPlaceholders.imageNamesWritten(body);
        int width = markdownWidth > 0 ? 0 : HardWraps.width(body);
        for (String block : width > 0 ? HardWraps.join(body, width) : body) {
            String unmarked = BrowserPlaceholders.withoutInlinePlaceholders(numbered ? LinkNumbers.withoutMarkers(block) : block);
            String line = HtmlParser.collapse(addressed ? InlineAddresses.without(unmarked) : unmarked);
            if (line.isEmpty()) continue;
            Block b = new Block(page.blocks().size(), line, "line", 0);
            b.articleText(BrowserPlaceholders.articleText(line, imageNames));
            // Where the renderer writes links' addresses, a line that is only one is a link without text; a frame's line
            // is its address too.
            if ((addressed && InlineAddresses.isBare(line)) || BrowserPlaceholders.isFrame(line)) b.remove(Reason.LINK_REFERENCES);
            page.blocks().add(b);
        }
        if (!headLinks.isBlank()) {
            Block list = new Block(page.blocks().size(), HtmlParser.collapse(LinkNumbers.withoutMarkers(headLinks)), "line", 0);
            list.remove(Reason.LINK_REFERENCES);
            page.blocks().add(list);
        }
        if (addresses.length() > 0) {
            Block list = new Block(page.blocks().size(), HtmlParser.collapse(addresses.toString()), "line", 0);
            list.remove(Reason.LINK_REFERENCES);
            page.blocks().add(list);
        }
    }
}
