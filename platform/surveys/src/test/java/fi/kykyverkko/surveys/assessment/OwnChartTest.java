package fi.kykyverkko.surveys.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.surveys.answering.RespondTexts;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnChartTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final InstrumentDefinition WHO5 = ShippedInstruments.all().stream().filter(d -> d.code().equals("who-5")).findFirst().orElseThrow();

    private static Measurement measurement(String point, int position, String instrument) {
        return new Measurement(7, 3, 1, new Schedule.Planned(point, position, instrument, LocalDate.of(2026, 2, 20)), NOW);
    }

    private static Measurement answered(String point, int position, String each) {
        Measurement m = measurement(point, position, "who-5");
        m.linkIssued(40 + position, WHO5.version(), NOW, NOW.plusSeconds(3600));
        m.answer(WHO5, AnswerSet.of("cheerful", each, "calm", each, "active", each, "rested", each, "interest", each), NOW);
        return m;
    }

    private static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, html);
        return html.substring(start, html.indexOf("</table>", start));
    }

    @Test
    void everyScoreHasItsChartAndTableWithTheBandInWordsAndOnlyThisInstrumentsPoints() {
        // start 2 × 5 = 10 raw → 40 "low"; six months 4 × 5 = 20 → 80 "good"; end not answered; WAS is another chart
        List<Measurement> episode = List.of(answered("start", 0, "2"), measurement("start", 0, "work-ability-score"),
                answered("six-months", 1, "4"), measurement("end", 2, "who-5"));
        String html = OwnChart.html(WHO5, episode, new RespondTexts("fi"), LocalDate.of(2026, 3, 1));
        String wellbeing = table(html, "own-chart-wellbeing");
        assertTrue(wellbeing.contains("<th scope=\"row\">Alussa</th>") && wellbeing.contains("<td>40</td>"), wellbeing);
        assertTrue(wellbeing.contains("Heikko hyvinvointi"), "the band in words: " + wellbeing);
        assertTrue(wellbeing.contains("<td>80</td>"), wellbeing);
        assertTrue(wellbeing.contains("<th scope=\"row\">Lopussa</th>"), "the unanswered end is a row too: " + wellbeing);
        assertEquals(3, wellbeing.split("<tr><th scope=\"row\">").length - 1, "three WHO-5 points, not the WAS one");
        assertTrue(table(html, "own-chart-raw").contains("<td>10</td>"));
        assertEquals(2, html.split("<svg").length - 1, "one chart per score");
        // the same geometry as the staff panel: ChangeChart's SVG of these points
        String svg = ChangeChart.svg(List.of(new ChangeChart.Point("Alussa", new BigDecimal("40.0"), null),
                        new ChangeChart.Point("Noin 6 kk", new BigDecimal("80.0"), null), new ChangeChart.Point("Lopussa", null, null)),
                ScoreRange.of(WHO5, WHO5.scores().stream().filter(r -> r.code().equals("wellbeing")).findFirst().orElseThrow()), "x");
        String polyline = svg.substring(svg.indexOf("<polyline"), svg.indexOf("/>", svg.indexOf("<polyline")));
        assertTrue(html.contains(polyline), "the line is ChangeChart's: " + polyline);
    }

    @Test
    void plainFinnishTextsAndBands() {
        String html = OwnChart.html(WHO5, List.of(answered("start", 0, "5")), new RespondTexts(RespondTexts.PLAIN), LocalDate.of(2026, 3, 1));
        assertTrue(html.contains("Miten voit nyt ja ennen"), html);
        assertTrue(html.contains("Mitä tulos tarkoittaa"), html);
        String band = WHO5.scores().stream().filter(r -> r.code().equals("wellbeing")).findFirst().orElseThrow().bands().stream()
                .filter(b -> b.code().equals("good")).findFirst().orElseThrow().label().in(RespondTexts.PLAIN);
        assertTrue(html.contains(band), "the plain band " + band + " in " + html);
        assertFalse(html.contains("<script"), "no JavaScript");
    }

    @Test
    void theTokenIsTheThirdPartOfThePath() {
        assertEquals("abc", SelfAssessmentLinkPage.tokenOf("/lappi/abc"));
        assertNull(SelfAssessmentLinkPage.tokenOf("/lappi"));
        assertNull(SelfAssessmentLinkPage.tokenOf("/lappi/"));
        assertNull(SelfAssessmentLinkPage.tokenOf(null));
    }
}
