package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.eval.DevSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * The prefilter takes out what the cleaner never reads, and nothing jsoup would have read as
 * anything else: the tree built from the filtered page equals the tree built from the page,
 * less script and style bodies and comments.
 */
class MarkupPrefilterTest {
    @Test
    void emptiesScriptsStylesAndComments() {
        String page = "<head><style>p{color:red}</style><script src=a.js></script><script>var x = '<p>no</p>';</script>"
                + "</head><body><!-- ad slot --><p>Kept <b>text</b>.</p></body>";
        assertEquals("<head><style></style><script src=a.js></script><script></script></head><body><!----><p>Kept <b>text</b>.</p></body>",
                MarkupPrefilter.strip(page));
    }

    @Test
    void keepsJsonLdMetadata() {
        String page = "<script type=\"application/LD+JSON\">{\"headline\":\"A\"}</script><p>x</p>";
        assertEquals(page, MarkupPrefilter.strip(page));
    }

    @Test
    void returnsThePageItselfWhenThereIsNothingToTakeOut() {
        String page = "<p>One <a href=\"/x\">link</a> and 3 < 4.</p>";
        assertSame(page, MarkupPrefilter.strip(page));
    }

    @Test
    void readsTextOnlyElementsAndAttributesAsText() {
        String inTitle = "<title>How <script> tags work <!-- a --></title><p>Body</p>";
        assertEquals(inTitle, MarkupPrefilter.strip(inTitle));
        String inAttribute = "<a title=\"<!-- not a comment -->\" href=x>Link</a><script>y</script>";
        assertEquals("<a title=\"<!-- not a comment -->\" href=x>Link</a><script></script>", MarkupPrefilter.strip(inAttribute));
    }

    @Test
    void readsCdataOutsideSvgAsABrowserDoesNotAsJsoup() {
        // A bogus comment up to the first '>': the page's markup after it is markup, not one CDATA text.
        String wrapped = "<body><![CDATA[ <div id=\"top\"></div><p>Post one</p><p>Post two</p>]]></body>";
        assertEquals("<body><!----></div><p>Post one</p><p>Post two</p>]]></body>", MarkupPrefilter.strip(wrapped));
        org.jsoup.nodes.Document doc = Jsoup.parse(MarkupPrefilter.strip(wrapped));
        assertEquals(2, doc.select("p").size());
        assertEquals(0, Jsoup.parse(wrapped).select("p").size(), "jsoup alone reads it all as one CDATA text");
        // Inside SVG a CDATA section is one, as the standard and jsoup read it.
        String inSvg = "<svg><![CDATA[ a > b ]]></svg><p>After</p>";
        assertEquals(inSvg, MarkupPrefilter.strip(inSvg));
    }

    @Test
    void followsTheEscapesInsideAScript() {
        String escaped = "<script><!-- if (a) { x('</p>'); } --></script><p>Body</p><script>y</script>";
        assertEquals("<script></script><p>Body</p><script></script>", MarkupPrefilter.strip(escaped));
        // Whether "</script>" closes the outer script here depends on where it sits: left to the parser.
        String doubleEscaped = "<script><!-- document.write('<script>x()</script>'); --></script><p>Body</p><script>y</script>";
        assertEquals(doubleEscaped, MarkupPrefilter.strip(doubleEscaped));
    }

    @Test
    void readsScriptsInsideSvgAsJsoupDoes() {
        String page = "<svg><script>if (a < b) {}</script></svg><script>z</script>";
        assertEquals("<svg><script></script></svg><script></script>", MarkupPrefilter.strip(page));
    }

    @Test
    void leavesUnterminatedSpansToTheParser() {
        String open = "<p>Text</p><!-- never closed <p>more</p>";
        assertEquals(open, MarkupPrefilter.strip(open));
        String script = "<p>Text</p><script>var a = 1;";
        assertEquals(script, MarkupPrefilter.strip(script));
    }

    @Test
    void buildsTheSameTreeAsTheParserOnTrickyMarkup() {
        String[] pages = {
            "<p>a<!-->b<!--->c<!---->d<!-- x --!>e</p>",
            "<p>1 <<!-- joined? -->div>2</p><style>b</b</style>still style</style><p>3</p>",
            "<script>a</text</script>still script</script><p>After</p><svg><![CDATA[ <script> ]]></svg><p>4</p>",
            "<p>One</p><!-- <script> --><p>Two</p><script>/*</script>*/</script><p>Three</p>",
            "<table><tr><td>1<style>td{}</style><td>2<!-- c --></table><p>After</p>",
            "<textarea><script>x</script></textarea><title><!--</title><p>Body</p>",
            "<noscript><img src=x></noscript><iframe><script>no</script></iframe><p>Body</p>",
            "<script>document.write('<!--');</script><p>Visible</p><script><!-- <script>a</script> --></script><p>Too</p>",
            "<div title='a>b' data-x=\"<script>\">Text<SCRIPT type=text/javascript>var s = '</scripty>';</SCRIPT >more</div>",
            "<math><style>x</style></math><svg/><p>Body<style>.a{}</style></p>",
            "<xmp><!-- </xmp><p>Body</p>",
            "<p>a < b and c <!d> e <?php ?> f </ g> h</p><script>x</script>",
            "<scr\u0131pt>Shown</scr\u0131pt><p>Body<SCRIPT>hidden()</scRipt></p><st\u017fle>Also shown</st\u017fle>",
        };
        for (String page : pages) {
            assertEquals(comparable(Jsoup.parse(page)), comparable(Jsoup.parse(MarkupPrefilter.strip(page))), page);
        }
    }

    /** End tags of HTML elements that can be open around an SVG: written inside it, they are left out. */
    private static final java.util.Set<String> AROUND_SVG = java.util.Set.of("</p>", "</div>", "</b>");

    /**
     * Tag soup from the pieces the prefilter looks at, SVG and its HTML islands included. Left out
     * are the contexts where the prefilter reads a script or style differently from jsoup, rare in
     * news pages and absent from the dev pages: a frameset, a select, a noscript in the head, MathML,
     * HTML end tags written inside an SVG for an element around it ({@code <a><svg></a>}), and CDATA
     * sections, which the prefilter reads as the standard does, not as jsoup, outside SVG
     * ({@link #readsCdataOutsideSvgAsABrowserDoesNotAsJsoup}).
     * The prefilter empties scripts and styles there all the same, so their code stays out of the text.
     */
    @Test
    void buildsTheSameTreeAsTheParserOnRandomTagSoup() {
        String[] parts = {"<script>", "</script>", "<SCRIPT type=x>", "<script type=application/ld+json>", "</script ",
            "</scr\u0131pt>", "<!--", "-->", "--!>", "<!-->", "<style>", "</style>", "<title>", "</title>", "<textarea>",
            "</textarea>", "<svg>", "</svg>", "<desc>", "</desc>", "<foreignObject>", "</foreignObject>", "<p>", "</p>",
            "<div class='a>b'>", "</div>", "\"", "'", "<", ">", "/", "=", "-", "!", " ", "\n", "text", "<!", "<?", "</",
            "<![CDATA[", "]]>", "<iframe>", "</iframe>", "<xmp>", "</xmp>", "<template>", "</template>", "<table>", "<td>",
            "<a href=\"x\">", "<plaintext>", "<b>", "</b>", "<br/>", "<head>", "<body>"};
        java.util.Random random = new java.util.Random(20261126);
        List<String> differ = new ArrayList<>();
        for (int doc = 0; doc < 20_000; doc++) {
            StringBuilder page = new StringBuilder();
            boolean inSvg = false;
            for (int k = random.nextInt(40); k >= 0; k--) {
                String part = parts[random.nextInt(parts.length)];
                if (inSvg && AROUND_SVG.contains(part)) continue;
                inSvg = part.equals("<svg>") || inSvg && !part.equals("</svg>");
                page.append(part);
            }
            String html = page.toString();
            if (html.contains("<![CDATA[")) continue; // read as the standard reads it, not as jsoup: tested above
            if (!comparable(Jsoup.parse(html)).equals(comparable(Jsoup.parse(MarkupPrefilter.strip(html))))) differ.add(html);
        }
        assertEquals(List.of(), differ.subList(0, Math.min(5, differ.size())), differ.size() + " of 20,000 random pages differ");
    }

    @Test
    void buildsTheSameTreeOnEveryDevPage() throws Exception {
        List<String> differ = new ArrayList<>();
        long before = 0;
        long after = 0;
        for (String id : DevSet.ids()) {
            String html = new String(Files.readAllBytes(DevSet.DIR.resolve(id + ".html")), StandardCharsets.UTF_8);
            String stripped = MarkupPrefilter.strip(html);
            before += html.length();
            after += stripped.length();
            if (!comparable(Jsoup.parse(html)).equals(comparable(Jsoup.parse(stripped)))) differ.add(id);
        }
        System.out.printf("PREFILTER dev pages: %d of %d chars left to parse (%.0f%%)%n", after, before, 100.0 * after / before);
        assertTrue(after < before / 2, "most of a news page's characters are scripts, styles and comments");
        assertEquals(List.of(), differ, "pages whose tree changed");
    }

    /** The tree as the cleaner reads it: no comments, script and style bodies emptied (JSON-LD kept). */
    private static String comparable(Document doc) {
        doc.outputSettings().prettyPrint(false); // the pretty printer lays out split and joined text nodes differently
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) comments.add(node);
        }, doc);
        comments.forEach(Node::remove);
        for (Element e : doc.select("script:not([type*=ld+json]), style")) e.empty();
        return doc.outerHtml();
    }
}
