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
 * comments, whatever foreign content, {@code <plaintext>} or broken markup is around them.
 */
class PrefilterSuiteTest {

    @Test
    void thePrefilterChangesNoTextJsoupSeesInAnyTreeConstructionInput() throws IOException {
        assumeTrue(TreeConstructionSuite.present(), TreeConstructionSuite.absent());
        List<TreeConstructionSuite.Input> inputs = TreeConstructionSuite.inputs();
        assertTrue(inputs.size() > 1_500, "the suite has about 1,800 inputs; found " + inputs.size());
        List<String> differ = new ArrayList<>();
        for (TreeConstructionSuite.Input in : inputs) {
            List<String> alone = text(Jsoup.parse(in.html()));
            List<String> filtered = text(Jsoup.parse(MarkupPrefilter.strip(in.html())));
            if (!alone.equals(filtered)) differ.add(in.name() + ": " + in.html() + "\n  jsoup " + alone + "\n  after prefilter " + filtered);
        }
        System.out.printf("PREFILTER SUITE: %d tree-construction inputs, %d whose text differs after the prefilter%n",
                inputs.size(), differ.size());
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

    private static boolean inScriptOrStyle(TextNode t) {
        if (!(t.parentNode() instanceof Element e)) return false;
        String name = e.normalName();
        return name.equals("style") || name.equals("script") && !e.attr("type").contains("ld+json");
    }
}
