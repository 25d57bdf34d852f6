package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's text as a crawler's WET file holds it: a WARC record's header, then the text one block a line. */
class WarcHeaderTest {
    private static final List<String> HEADER = List.of("WARC/1.0", "WARC-Type: conversion",
            "WARC-Target-URI: https://news.example/2026/03/02/harbour-plan", "WARC-Date: 2026-03-02T08:15:00Z",
            "WARC-Record-ID: <urn:uuid:0b6a2c7e-1111-4d2e-9a0b-3c2d1e0f9a8b>", "Content-Type: text/plain", "Content-Length: 512", "");

    @Test
    void theHeaderGivesThePagesAddressAndTheDayItWasFetched() {
        List<String> lines = new ArrayList<>(HEADER);
        lines.addAll(HarbourStory.DUMP);
        WarcHeader h = WarcHeader.read(lines, 0);
        assertEquals("https://news.example/2026/03/02/harbour-plan", h.targetUri());
        assertEquals("2026-03-02", h.fetchDate());
        assertEquals(HEADER.size(), h.end());
        assertEquals(1, h.records());
    }

    @Test
    void aDumpThatOnlyMentionsWarcHasNoHeader() {
        assertNull(WarcHeader.read(List.of("WARC/1.0 is the format crawlers archive pages in", "It has records."), 0));
        assertNull(WarcHeader.read(List.of("WARC/1.0", "Archiving the web, one record at a time", ""), 0), "a line without a field's colon");
        assertNull(WarcHeader.read(List.of("Home", "WARC/1.0"), 0));
    }

    @Test
    void aWetRecordCleansToTheArticleOfTheScrapersDump() {
        List<String> scraped = new ArrayList<>(List.of("date 2026-03-02 200"));
        scraped.addAll(HarbourStory.DUMP);
        List<String> wet = new ArrayList<>(HEADER);
        wet.addAll(HarbourStory.DUMP);
        CleanResult fromScraper = HarbourStory.clean(scraped);
        CleanResult fromWet = HarbourStory.clean(wet);
        assertEquals(fromScraper.article().paragraphs(), fromWet.article().paragraphs());
        assertEquals(3, fromWet.article().paragraphs().size());
        assertEquals("2026-03-02", fromWet.header().fetchDate());
        assertEquals("https://news.example/2026/03/02/harbour-plan", fromWet.article().metadata().url());
        assertEquals(Reason.SCRAPER_HEADER, fromWet.blocks().get(0).removal());
        assertTrue(fromWet.blocks().stream().noneMatch(b -> b.text().startsWith("WARC-")), "no header field is a line of the page");
        assertFalse(fromWet.signals().contains(TextDumpParser.SEVERAL_RECORDS));
    }

    @Test
    void aPageThatShowsTheVersionOnALineIsOneRecord() {
        List<String> lines = new ArrayList<>(HEADER);
        lines.addAll(List.of("Crawlers write every page they keep as a record that opens with its version:", "", "WARC/1.0", "",
                "and then the record's fields, one a line."));
        assertEquals(1, WarcHeader.read(lines, 0).records());
        assertEquals(lines.size(), WarcHeader.read(lines, 0).bodyEnd(lines));
    }

    @Test
    void aWholeWetFileIsCleanedForItsFirstRecordAndSaysSo() {
        List<String> wet = new ArrayList<>(HEADER);
        wet.addAll(HarbourStory.DUMP);
        wet.add("");
        wet.addAll(HEADER.stream().map(l -> l.replace("harbour-plan", "ferry-timetable")).toList());
        wet.add("Ferry timetable changes from next month, the operator said in a statement on its website this morning.");
        CleanResult r = HarbourStory.clean(wet);
        assertEquals(2, WarcHeader.read(wet, 0).records());
        assertTrue(r.signals().contains(TextDumpParser.SEVERAL_RECORDS));
        assertTrue(r.article().paragraphs().stream().noneMatch(p -> p.startsWith("Ferry")), "the second record is not the first's article");
    }
}
