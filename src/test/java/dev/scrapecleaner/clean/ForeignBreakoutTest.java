package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** HTML met inside SVG is read where a browser puts it, and so reaches the cleaner's blocks. */
class ForeignBreakoutTest {

    private static List<String> blockTexts(String html) {
        return new Cleaner().clean(html.getBytes(StandardCharsets.UTF_8)).blocks().stream().map(Block::text).toList();
    }

    @Test
    void aParagraphAfterAnUnclosedSvgBreaksOutOfIt() {
        Document doc = Jsoup.parse("<article><p>P1</p><svg><circle/><p>P5</p><g><p>P6</p></g></article>");
        ForeignBreakout.apply(doc.body());
        // After the breakout the <g> is HTML (an unknown element), as in the standard's tree.
        assertEquals("<article><p>P1</p><svg><circle /></svg><p>P5</p><g><p>P6</p></g></article>",
                doc.body().html().replace("\n", "").replaceAll(">\\s+<", "><"));
    }

    @Test
    void theIssuesExamplesKeepTheirParagraphs() {
        for (String markup : List.of("<svg><p>P5</p><p>P6</p>", "<svg><tfoot></mi><td><p>P5</p><p>P6</p>",
                "<svg><![CDATA[<svg>]]><!--path--><p>P5</p><p>P6</p>")) {
            List<String> blocks = blockTexts("<html><body><article><p>P1</p>" + markup + "</article></body></html>");
            assertTrue(blocks.containsAll(List.of("P1", "P5", "P6")), markup + ": " + blocks);
        }
    }

    @Test
    void foreignObjectContentIsKeptAndSvgTextIsNot() {
        List<String> blocks = blockTexts("<html><body><p>P1</p><svg><text>label</text><foreignObject><p>inside</p>"
                + "</foreignObject></svg><p>P2</p></body></html>");
        assertTrue(blocks.containsAll(List.of("P1", "inside", "P2")), blocks.toString());
        assertFalse(String.join(" ", blocks).contains("label"), blocks.toString());
    }

    @Test
    void plaintextsRawSourceIsNotReadAsProseAndWhatCameBeforeStays() {
        List<String> blocks = blockTexts("<html><body><p>Before it.</p><p><a><plaintext>b</p><p>after</p></body></html>");
        assertTrue(blocks.contains("Before it."), blocks.toString());
        assertFalse(String.join(" ", blocks).contains("</p>"), blocks.toString());
    }
}
