package dev.scrapecleaner.clean;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One short news story, the article the renderer tests write in each renderer's way and expect back. */
final class HarbourStory {
    static final String HEADLINE = "Harbour plan approved after a long debate";
    static final List<String> PARAGRAPHS = List.of(
            "The regional council approved the new harbour plan on Tuesday, after a debate that lasted most of the "
                    + "afternoon and ran into the evening session.",
            "Residents had raised concerns about noise and traffic, and the plan was changed twice to answer them "
                    + "before the vote, the council's chair said.",
            "Construction is expected to begin in the spring, and the first berths should open to ships within two "
                    + "years, according to the port authority.");

    /** The story as a text dump holds it, one block a line: a menu, the headline, the paragraphs, a footer. */
    static final List<String> DUMP = dump();

    private HarbourStory() {
    }

    private static List<String> dump() {
        List<String> lines = new ArrayList<>(List.of("Home", "World", "Sport", "Business", "Weather", HEADLINE));
        lines.addAll(PARAGRAPHS);
        lines.add("© 2026 Example Media. All rights reserved.");
        return List.copyOf(lines);
    }

    /** The lines given, then the story's dump. */
    static List<String> after(List<String> head) {
        List<String> lines = new ArrayList<>(head);
        lines.addAll(DUMP);
        return lines;
    }

    /** Cleans lines as one text dump. */
    static CleanResult clean(List<String> lines) {
        return new Cleaner().clean(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }
}
