package dev.scrapecleaner.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A page as a crawler's WARC file keeps it: the record's header, the server's HTTP response, the page. */
class WarcResponseTest {
    private static final Charset GREEK = Charset.forName("ISO-8859-7");
    private static final String PAGE = "<html><head><title>Λιμάνι</title></head><body><nav><a href='/'>Αρχική</a></nav><article>"
            + "<h1>Εγκρίθηκε το σχέδιο για το λιμάνι</h1>"
            + "<p>Το περιφερειακό συμβούλιο ενέκρινε την Τρίτη το νέο σχέδιο για το λιμάνι, μετά από μια συζήτηση που κράτησε όλο το απόγευμα.</p>"
            + "<p>Οι κάτοικοι είχαν εκφράσει ανησυχίες για τον θόρυβο και την κυκλοφορία, και το σχέδιο άλλαξε δύο φορές πριν από την ψηφοφορία.</p>"
            + "<p>Οι εργασίες αναμένεται να ξεκινήσουν την άνοιξη και οι πρώτες θέσεις να ανοίξουν για τα πλοία μέσα σε δύο χρόνια.</p>"
            + "</article></body></html>";

    /** One response record: WARC header, HTTP status line and headers, the page in {@code charset}. */
    private static byte[] record(String status, String contentType, String page, Charset charset) {
        byte[] body = page.getBytes(charset);
        String http = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        int length = http.getBytes(StandardCharsets.ISO_8859_1).length + body.length;
        String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2026-03-02T08:15:00Z\r\n"
                + "WARC-Target-URI: https://news.example/2026/03/02/harbour-plan\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(warc.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(http.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Test
    void theResponsesCharsetAddressDayAndStatusAreRead() {
        byte[] rec = record("200 OK", "text/html; charset=ISO-8859-7", PAGE, GREEK);
        WarcResponse r = WarcResponse.read(rec);
        assertEquals("https://news.example/2026/03/02/harbour-plan", r.targetUri());
        assertEquals("2026-03-02", r.fetchDate());
        assertEquals(200, r.httpStatus());
        assertEquals("ISO-8859-7", r.charset());
        assertEquals(1, r.records());
        assertEquals(PAGE, new String(rec, r.bodyStart(), r.bodyEnd() - r.bodyStart(), GREEK), "the payload, to its last byte");
    }

    @Test
    void thePageIsCleanedInTheCharsetItsServerNamed() {
        CleanResult r = new Cleaner().clean(record("200 OK", "text/html; charset=ISO-8859-7", PAGE, GREEK));
        assertEquals("transport", r.input().charsetSource(), "the HTTP header names the charset, as a browser takes it");
        assertEquals(3, r.article().paragraphs().size());
        assertTrue(r.article().paragraphs().get(0).startsWith("Το περιφερειακό συμβούλιο"), r.article().paragraphs().get(0));
        assertEquals("https://news.example/2026/03/02/harbour-plan", r.article().metadata().url());
        assertEquals("2026-03-02", r.header().fetchDate());
        assertEquals(200, r.header().httpStatus());
        assertTrue(r.blocks().stream().noneMatch(b -> b.text().contains("WARC") || b.text().contains("HTTP/1.1")),
                "neither header is a block of the page");
    }

    @Test
    void aResponseTheServerRefusedIsReportedWithItsStatus() {
        CleanResult r = new Cleaner().clean(record("404 Not Found", "text/html; charset=UTF-8",
                "<html><body><h1>Not found</h1><p>The page you asked for does not exist.</p></body></html>", StandardCharsets.UTF_8));
        assertEquals(404, r.header().httpStatus());
        assertTrue(r.header().isHttpError());
    }

    @Test
    void aRedirectWithoutAPageIsAClearProblemThatKeepsItsStatus() {
        String rec = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/old\r\nContent-Length: 60\r\n\r\n"
                + "HTTP/1.1 301 Moved Permanently\r\nLocation: https://news.example/new\r\n\r\n";
        CleanResult r = new Cleaner().clean(rec.getBytes(StandardCharsets.ISO_8859_1));
        assertFalse(r.input().ok());
        assertEquals("blank", r.input().problem().code());
        assertEquals(301, r.header().httpStatus());
    }

    @Test
    void aWholeWarcFileIsCleanedForItsFirstResponseAndSaysSo() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(record("200 OK", "text/html; charset=ISO-8859-7", PAGE, GREEK));
        file.writeBytes(record("200 OK", "text/html", "<html><body><p>Another page entirely.</p></body></html>", StandardCharsets.UTF_8));
        CleanResult r = new Cleaner().clean(file.toByteArray());
        assertTrue(r.signals().contains(TextDumpParser.SEVERAL_RECORDS));
        assertTrue(r.article().paragraphs().stream().noneMatch(p -> p.contains("Another page")));
        assertEquals(3, r.article().paragraphs().size());
    }

    @Test
    void otherRecordsAndPagesAreNotResponses() {
        assertNull(WarcResponse.read("WARC/1.0\r\nWARC-Type: conversion\r\n\r\nThe page's text.".getBytes(StandardCharsets.UTF_8)),
                "a WET record is a text dump (WarcHeader)");
        assertNull(WarcResponse.read("WARC/1.0\r\nWARC-Type: request\r\n\r\nGET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        assertNull(WarcResponse.read(PAGE.getBytes(StandardCharsets.UTF_8)));
    }
}
