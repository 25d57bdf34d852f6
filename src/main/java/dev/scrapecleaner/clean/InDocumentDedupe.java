package dev.scrapecleaner.clean;

import dev.scrapecleaner.dedupe.InDocumentDuplicates;
import java.util.ArrayList;
import java.util.List;

/** Removes content blocks that repeat an earlier content block of the same page. */
final class InDocumentDedupe implements Stage {
    @Override
    public String name() {
        return "dedupe";
    }

    @Override
    public void apply(Page page) {
        List<Block> content = new ArrayList<>();
        for (Block b : page.blocks()) {
            if (b.isContent()) content.add(b);
        }
        List<String> texts = new ArrayList<>(content.size());
        for (Block b : content) texts.add(b.text());
        int[] of = InDocumentDuplicates.find(texts);
        for (int i = 0; i < of.length; i++) {
            if (of[i] >= 0) content.get(i).remove(Reason.DUPLICATE);
        }
    }
}
