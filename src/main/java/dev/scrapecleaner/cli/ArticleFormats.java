package dev.scrapecleaner.cli;

import dev.scrapecleaner.clean.Block;
import dev.scrapecleaner.clean.CleanResult;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The clean article as a person reads it: Markdown (headings, lists, tables and web links kept as
 * Markdown) or a small HTML document, built from the blocks the cleaner kept, in page order. Text
 * dumps have no markup, so their blocks come out as paragraphs.
 */
final class ArticleFormats {
    private ArticleFormats() {
    }

    /** A kept block, or a table row of kept cells; {@code element} is the block's own element, when its text is all the block's. */
    private record Part(String kind, int level, List<String> cells, Element element) {
        String text() {
            return String.join(" ", cells);
        }
    }

    /** The block's element when the block holds exactly its text (so that its links can be kept), else null. */
    private static Element ownElement(Block b) {
        Element e = b.element();
        return e != null && e.text().strip().equals(b.text()) ? e : null;
    }

    /** The cells of the data-table row that is this block, or null when it is not one. */
    private static List<String> rowCells(Block b) {
        Element e = b.element();
        Element row = e == null ? null : e.normalName().equals("tr") ? e : e.closest("tr");
        if (row == null || !row.text().strip().equals(b.text())) return null;
        List<String> cells = new ArrayList<>();
        for (Element c : row.children()) {
            if (c.normalName().equals("td") || c.normalName().equals("th")) cells.add(c.text().strip());
        }
        return cells.size() > 1 ? cells : null;
    }

    private static List<Part> parts(CleanResult result) {
        List<Part> parts = new ArrayList<>();
        for (Block b : result.blocks()) {
            // A text dump's line of nothing but a picture's name, as its browser wrote it, is not the article's.
            if (!b.isContent() || b.articleText().isEmpty()) continue;
            String tag = b.tag();
            boolean cell = tag.equals("td") || tag.equals("th");
            List<String> row = rowCells(b);
            if (row != null) {
                parts.add(new Part("row", 0, row, null));
            } else if (cell && b.continuesLine() && !parts.isEmpty() && parts.get(parts.size() - 1).kind().equals("row")) {
                parts.get(parts.size() - 1).cells().add(b.articleText());
            } else if (cell) {
                parts.add(new Part("row", 0, new ArrayList<>(List.of(b.articleText())), null));
            } else if (b.isHeading()) {
                parts.add(new Part("heading", tag.charAt(1) - '0', List.of(b.articleText()), ownElement(b)));
            } else if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
                parts.add(new Part("item", 0, List.of(b.articleText()), ownElement(b)));
            } else if (tag.equals("blockquote")) {
                parts.add(new Part("quote", 0, List.of(b.articleText()), ownElement(b)));
            } else {
                parts.add(new Part("paragraph", 0, List.of(b.articleText()), ownElement(b)));
            }
        }
        return parts;
    }

    /** Markdown: the title as the only level-1 heading, then the body's headings, lists, tables and quotes. */
    static String markdown(CleanResult result) {
        StringBuilder sb = new StringBuilder();
        String title = result.article().title() != null ? result.article().title() : result.article().headline();
        if (title != null) sb.append("# ").append(escapeMarkdown(title)).append("\n\n");
        List<Part> parts = parts(result);
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String next = i + 1 < parts.size() ? parts.get(i + 1).kind() : "";
            switch (p.kind()) {
                case "heading" -> sb.append("#".repeat(Math.max(2, p.level()))).append(' ')
                        .append(markdownText(p)).append("\n\n");
                case "item" -> sb.append("- ").append(markdownText(p)).append(next.equals("item") ? "\n" : "\n\n");
                case "quote" -> sb.append("> ").append(markdownText(p)).append("\n\n");
                case "row" -> {
                    boolean first = i == 0 || !parts.get(i - 1).kind().equals("row");
                    sb.append(row(p.cells()));
                    if (first) sb.append(row(p.cells().stream().map(c -> "---").toList()));
                    if (!next.equals("row")) sb.append('\n');
                }
                default -> sb.append(markdownText(p)).append("\n\n");
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /** The part's text with its links as Markdown links (web links only), when its element is known. */
    private static String markdownText(Part p) {
        if (p.element() == null || p.element().selectFirst("a[href]") == null) return escapeMarkdown(p.text());
        StringBuilder sb = new StringBuilder();
        appendLinked(p.element(), sb, true);
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? escapeMarkdown(p.text()) : s;
    }

    /** The part's text with its links as HTML links (web links only), escaped. */
    private static String htmlText(Part p) {
        if (p.element() == null || p.element().selectFirst("a[href]") == null) return escapeHtml(p.text());
        StringBuilder sb = new StringBuilder();
        appendLinked(p.element(), sb, false);
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? escapeHtml(p.text()) : s;
    }

    /** Escapes text for HTML content and double-quoted attributes: {@code & < > "}. */
    static String escapeHtml(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void appendLinked(Element e, StringBuilder sb, boolean markdown) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(markdown ? escapeMarkdown(t.text()) : escapeHtml(t.text()));
            } else if (n instanceof Element child) {
                String href = child.normalName().equals("a") ? child.absUrl("href") : "";
                if (href.startsWith("http://") || href.startsWith("https://")) {
                    String text = child.text().strip();
                    if (markdown) {
                        sb.append('[').append(escapeMarkdown(text)).append("](").append(href.replace(")", "%29").replace(" ", "%20")).append(')');
                    } else {
                        sb.append("<a href=\"").append(escapeHtml(href)).append("\">").append(escapeHtml(text)).append("</a>");
                    }
                } else {
                    appendLinked(child, sb, markdown);
                }
            }
        }
    }

    private static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) sb.append(' ').append(c.equals("---") ? c : escapeMarkdown(c).replace("|", "\\|")).append(" |");
        return sb.append('\n').toString();
    }

    /** Backslashes the characters that would start Markdown syntax at the start of a line or inside it. */
    static String escapeMarkdown(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<') sb.append('\\');
            sb.append(c);
        }
        String s = sb.toString();
        if (!s.isEmpty() && (s.charAt(0) == '#' || s.charAt(0) == '>' || s.charAt(0) == '-' || s.charAt(0) == '+')) s = "\\" + s;
        return s;
    }

    /** A small, valid HTML document: the title, then the body's headings, paragraphs, lists, tables and quotes. */
    static String html(CleanResult result) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html");
        String language = result.article().metadata().language();
        if (language != null) sb.append(" lang=\"").append(escapeHtml(language)).append('"');
        sb.append(">\n<head>\n<meta charset=\"utf-8\">\n");
        String title = result.article().title() != null ? result.article().title() : result.article().headline();
        if (title != null) sb.append("<title>").append(escapeHtml(title)).append("</title>\n");
        sb.append("</head>\n<body>\n<article>\n");
        if (title != null) sb.append("<h1>").append(escapeHtml(title)).append("</h1>\n");
        List<Part> parts = parts(result);
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String prev = i > 0 ? parts.get(i - 1).kind() : "";
            String next = i + 1 < parts.size() ? parts.get(i + 1).kind() : "";
            switch (p.kind()) {
                case "heading" -> {
                    int level = Math.max(2, p.level());
                    sb.append("<h").append(level).append('>').append(htmlText(p)).append("</h").append(level).append(">\n");
                }
                case "item" -> {
                    if (!prev.equals("item")) sb.append("<ul>\n");
                    sb.append("<li>").append(htmlText(p)).append("</li>\n");
                    if (!next.equals("item")) sb.append("</ul>\n");
                }
                case "quote" -> sb.append("<blockquote>").append(htmlText(p)).append("</blockquote>\n");
                case "row" -> {
                    if (!prev.equals("row")) sb.append("<table>\n");
                    sb.append("<tr>");
                    for (String c : p.cells()) sb.append("<td>").append(escapeHtml(c)).append("</td>");
                    sb.append("</tr>\n");
                    if (!next.equals("row")) sb.append("</table>\n");
                }
                default -> sb.append("<p>").append(htmlText(p)).append("</p>\n");
            }
        }
        return sb.append("</article>\n</body>\n</html>\n").toString();
    }
}
