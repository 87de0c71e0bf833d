package fi.kykyverkko.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.stack.EmbeddedMail.Received;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailPageTest {

    private static final Received OLDER = new Received(Instant.parse("2026-01-05T07:04:00Z"), List.of("maija@example.fi"),
            "Vanha viesti", "Hei Maija");
    private static final Received NEWER = new Received(Instant.parse("2026-07-15T21:30:00Z"),
            List.of("<script>@example.fi"), "Kysely <b>tärkeä</b> & \"kiireellinen\"",
            "Rivi 1\n<a href='x'>linkki</a>");

    @Test
    void escapesEverythingTheMessageBrings() {
        String html = MailPage.render(List.of(NEWER), 2525);
        assertTrue(html.contains("Kysely &lt;b&gt;tärkeä&lt;/b&gt; &amp; &quot;kiireellinen&quot;"), html);
        assertTrue(html.contains("&lt;script&gt;@example.fi"), html);
        assertTrue(html.contains("&lt;a href=&#39;x&#39;&gt;linkki&lt;/a&gt;"), html);
        assertFalse(html.contains("<b>tärkeä"), html);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<a href"), html);
    }

    @Test
    void finnishTimeInHelsinkiNewestFirst() {
        String html = MailPage.render(List.of(OLDER, NEWER), 2525);
        // winter UTC+2, summer UTC+3 (21.30 UTC on 15 July is 00.30 on the 16th in Helsinki)
        assertTrue(html.contains("5.1.2026 09.04"), html);
        assertTrue(html.contains("16.7.2026 00.30"), html);
        assertTrue(html.indexOf("16.7.2026 00.30") < html.indexOf("5.1.2026 09.04"), "newest first:\n" + html);
    }

    @Test
    void finnishPageThatWrapsAndSaysWhatItIs() {
        String html = MailPage.render(List.of(OLDER), 2600);
        assertTrue(html.contains("<html lang=\"fi\">"), html);
        assertTrue(html.contains("<h1>Lähetetyt sähköpostit</h1>"), html);
        assertTrue(html.contains("esittelykäytön sähköpostipalvelin (127.0.0.1:2600)"), html);
        assertTrue(html.contains("name=\"viewport\""), html);
        assertTrue(html.contains("overflow-wrap:anywhere") && html.contains("white-space:pre-wrap"), html);
        assertTrue(html.contains("maija@example.fi") && html.contains("Hei Maija"), html);
        assertTrue(MailPage.render(List.of(), 2525).contains("Viestejä ei ole vielä tullut."));
        assertFalse(html.contains("Liitteet:"), html);
    }

    @Test
    void namesTheFilesAMessageCarries() {
        Received invitation = new Received(Instant.parse("2026-01-05T07:04:00Z"), List.of("maija@example.fi"),
                "Kutsu", "Tervetuloa", List.of("lammin-siirto-7.ics"));
        assertTrue(MailPage.render(List.of(invitation), 2525).contains("<div>Liitteet: lammin-siirto-7.ics</div>"));
    }
}
