package dev.scrapecleaner.clean;

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

    private HarbourStory() {
    }
}
