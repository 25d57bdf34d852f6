package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Every input of the html5lib tree-construction tests through {@link MarkupPrefilter} then jsoup
 * gives the text jsoup gives alone: the prefilter takes out only script and style bodies and
 * comments, whatever foreign content, {@code <plaintext>} or broken markup is around them. The one
 * departure is deliberate: a CDATA section outside SVG and MathML, which jsoup reads as text and
 * the standard as a bogus comment; there no CDATA text may survive.
 */
class PrefilterSuiteTest {

    @Test
    void thePrefilterChangesNoTextJsoupSeesInAnyTreeConstructionInput() throws IOException {
        assumeTrue(TreeConstructionSuite.present(), TreeConstructionSuite.absent());
        List<TreeConstructionSuite.Input> inputs = TreeConstructionSuite.inputs();
        assertTrue(inputs.size() > 1_500, "the suite has about 1,800 inputs; found " + inputs.size());
        List<String> differ = new ArrayList<>();
        int cdata = 0;
        for (TreeConstructionSuite.Input in : inputs) {
            if (in.html().contains("<![CDATA[")) {
                cdata++;
                for (String outside : cdataOutsideForeign(Jsoup.parse(MarkupPrefilter.strip(in.html())))) {
                    differ.add(in.name() + ": " + in.html() + "\n  CDATA text outside SVG and MathML: " + outside);
                }
                continue;
            }
            List<String> alone = text(Jsoup.parse(in.html()));
            List<String> filtered = text(Jsoup.parse(MarkupPrefilter.strip(in.html())));
            if (!alone.equals(filtered)) differ.add(in.name() + ": " + in.html() + "\n  jsoup " + alone + "\n  after prefilter " + filtered);
        }
        System.out.printf("PREFILTER SUITE: %d tree-construction inputs (%d with CDATA, read as the standard reads it),"
                + " %d whose text differs after the prefilter%n", inputs.size(), cdata, differ.size());
        assertTrue(cdata > 0, "the suite has inputs with CDATA");
        assertEquals(List.of(), differ.subList(0, Math.min(10, differ.size())), differ.size() + " inputs differ");
    }

    /**
     * The text nodes of the document in order, less what the prefilter is meant to take out:
     * script and style text (JSON-LD kept) and comments, which are not text nodes.
     */
    static List<String> text(Document doc) {
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !inScriptOrStyle(t)) out.add(t.getWholeText());
            }
        }, doc);
        return out;
    }

    /** The CDATA sections jsoup made outside SVG and MathML. */
    static List<String> cdataOutsideForeign(Document doc) {
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.CDataNode c && c.parent() != null && c.parent().closest("svg, math") == null) {
                    out.add(c.text());
                }
            }
        }, doc);
        return out;
    }

    @Test
    void jsoupAloneReadsCdataAsTextWhichTheCheckAboveFinds() {
        assertEquals(List.of("x"), cdataOutsideForeign(Jsoup.parse("<body><![CDATA[x]]><svg><![CDATA[y]]></svg>")));
        assertEquals(List.of(), cdataOutsideForeign(Jsoup.parse(MarkupPrefilter.strip("<body><![CDATA[x]]><svg><![CDATA[y]]></svg>"))));
    }

    private static boolean inScriptOrStyle(TextNode t) {
        if (!(t.parentNode() instanceof Element e)) return false;
        String name = e.normalName();
        return name.equals("style") || name.equals("script") && !e.attr("type").contains("ld+json");
    }
}
