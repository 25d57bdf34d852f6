package dev.scrapecleaner.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.scrapecleaner.clean.PageType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a page's words say of its type, learned from labelled pages of many sites. */
class PageWordTrainingTest {
    @Test
    void aWordSeenOnOneTypesPagesOfManySitesSpeaksForThatType() {
        List<List<String>> words = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (int site = 0; site < 12; site++) {
            words.add(List.of("c:add", "c:cart", "c:home"));
            labels.add("product");
            domains.add("shop" + site + ".example");
            words.add(List.of("c:reply", "c:home"));
            labels.add("forum");
            domains.add("forum" + site + ".example");
            words.add(List.of("c:home", "t:council"));
            labels.add("article");
            domains.add("news" + site + ".example");
        }
        // One site's own word, on two of its pages.
        words.add(List.of("c:home", "t:acmecorp"));
        labels.add("service");
        domains.add("acmecorp.example");
        words.add(List.of("c:home", "t:acmecorp"));
        labels.add("service");
        domains.add("acmecorp.example");

        PageWordTraining.Weights weights = PageWordTraining.train(words, labels, domains);
        float[] cart = weights.words().get("c:cart");
        assertEquals(PageType.LABELS.indexOf("product"), argmax(cart), "cart speaks for products");
        assertEquals(PageType.LABELS.indexOf("forum"), argmax(weights.words().get("c:reply")));
        assertTrue(weights.words().containsKey("c:home"), "a word of every site is learned, and says little");
        assertFalse(weights.words().containsKey("t:acmecorp"), "a word of one site is not learned");

        PageWordTraining.Weights again = PageWordTraining.train(words, labels, domains);
        assertArrayEquals(weights.bias(), again.bias(), "the same pages give the same weights");
        assertArrayEquals(cart, again.words().get("c:cart"));
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
