package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What the first stage scored under each of a block's ancestors, as the HTML second stage reads it. */
class ContainerScoresTest {
    private static List<Block> blocks(Document doc, String selector) {
        List<Block> out = new ArrayList<>();
        for (Element e : doc.select(selector)) {
            Block b = new Block(out.size(), e.text(), e.normalName(), 0);
            b.element(e);
            out.add(b);
        }
        return out;
    }

    @Test
    void aCardsListScoresAsAWholeWhereItsLinksScoreLowAlone() {
        Document doc = Jsoup.parse("<ul><li><h3>Tent</h3><p>Sleeps four</p></li><li><h3>Stove</h3><p>Two burners</p></li></ul>"
                + "<footer><p>Terms of use</p></footer>");
        List<Block> blocks = blocks(doc, "h3, p");
        // The titles scored low alone (0.2), the descriptions high (0.8); the footer's line low.
        double[] scores = {0.2, 0.8, 0.2, 0.8, 0.1};
        ContainerScores containers = new ContainerScores(blocks, scores);
        double[] out = new double[ContainerScores.NAMES.size()];
        containers.write(0, out, 0);
        double tent = "Tent".length();
        double sleeps = "Sleeps four".length();
        double total = tent + sleeps + "Stove".length() + "Two burners".length() + "Terms of use".length();
        // Up one: the first li, its title and description weighed by their characters.
        assertEquals((0.2 * tent + 0.8 * sleeps) / (tent + sleeps), out[0], 1e-9);
        assertEquals((tent + sleeps) / total, out[1], 1e-9);
        // Up two: the ul, both cards.
        double cards = tent + sleeps + "Stove".length() + "Two burners".length();
        double cardsScore = 0.2 * tent + 0.8 * sleeps + 0.2 * "Stove".length() + 0.8 * "Two burners".length();
        assertEquals(cardsScore / cards, out[2], 1e-9);
        assertEquals(cards / total, out[3], 1e-9);
        // Up three: the body, every block; up four: the html element, every block too.
        assertEquals(1.0, out[5], 1e-9);
        assertEquals(1.0, out[7], 1e-9);
    }

    @Test
    void aBlockWithoutAnElementOrAncestorsReadsAsAbsent() {
        Block loose = new Block(0, "A line of its own", "p", 0);
        ContainerScores containers = new ContainerScores(List.of(loose), new double[] {0.9});
        double[] out = new double[ContainerScores.NAMES.size()];
        containers.write(0, out, 0);
        for (double v : out) assertEquals(FeatureRows.ABSENT, v);
        assertEquals(List.of("stage1.up1_mean", "stage1.up1_share"), ContainerScores.NAMES.subList(0, 2));
    }
}
