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
    void emptiesScriptsAndStylesAndDropsComments() {
        String page = "<head><style>p{color:red}</style><script src=a.js></script><script>var x = '<p>no</p>';</script>"
                + "</head><body><!-- ad slot --><p>Kept <b>text</b>.</p></body>";
        assertEquals("<head><style></style><script src=a.js></script><script></script></head><body><p>Kept <b>text</b>.</p></body>",
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
        String bogus = "<![CDATA[ <script> ]]><p>After</p>";
        assertEquals(bogus, MarkupPrefilter.strip(bogus));
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
    void leavesScriptsInsideSvgToTheParser() {
        String page = "<svg><script>if (a < b) {}</script></svg><script>z</script>";
        assertEquals("<svg><script>if (a < b) {}</script></svg><script></script>", MarkupPrefilter.strip(page));
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
