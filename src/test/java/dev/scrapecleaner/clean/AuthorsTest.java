package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorsTest {
    @Test
    void aBylineGivesItsPeopleWithoutTheWordByOrTheDate() {
        assertEquals(List.of("Jane Doe", "John Roe"), Authors.names("By Jane Doe and John Roe | March 3, 2025", null));
        assertEquals(List.of("Ben Nadel"), Authors.names("Written by: Ben Nadel", null));
    }

    @Test
    void credentialsAfterANameAreNoNamesOfTheirOwn() {
        assertEquals(List.of("Jillian Kubala"), Authors.names("Jillian Kubala, MS, RD", null));
        assertEquals(List.of("Genevieve Carlton"), Authors.names("Genevieve Carlton, Ph.D.", null));
    }

    @Test
    void theSiteAStaffCreditOrAPhotographerIsNobody() {
        assertEquals(List.of(), Authors.names("Staff", null));
        assertEquals(List.of(), Authors.names("Podium Staff", null));
        assertEquals(List.of(), Authors.names("Harbour Gazette", "Harbour Gazette"));
        assertEquals(List.of(), Authors.names("Photo by Ann Lee", null));
        assertEquals(List.of("Jane Doe"), Authors.names("By Jane Doe, photos by Ann Lee", null));
        assertEquals(List.of(), Authors.names("https://www.facebook.com/harbourgazette", null));
    }

    @Test
    void aForumHandleIsAPersonAndASentenceIsNot() {
        assertEquals(List.of("JWoodguy13"), Authors.names("JWoodguy13", null));
        assertEquals(List.of(), Authors.names("Read more about our team", null));
    }

    @Test
    void aDateOrThePagesFurnitureIsNoName() {
        assertEquals(List.of(), Authors.names("August 28", null));
        assertEquals(List.of(), Authors.names("Sat, 20 Dec", null));
        assertEquals(List.of(), Authors.names("Sign In", null));
        assertEquals(List.of(), Authors.names("Posts: 116 Threads: 23 Joined: Feb", null));
        assertEquals(List.of(), Authors.names("copywriting4u says", null));
        assertEquals(List.of(), Authors.names("The Bottom Line", null));
    }

    @Test
    void aDateAfterANameEndsIt() {
        assertEquals(List.of("Wyndo"), Authors.names("Wyndo Dec 04", null));
        assertEquals(List.of("Florent Daudens"), Authors.names("Florent Daudens Mar 13", null));
        assertEquals(List.of("May Lee"), Authors.names("May Lee", null), "a month's name alone, with no day, may be a name");
    }
}
