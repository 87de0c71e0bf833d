package fi.kykyverkko.surveys.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ScoreRule;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeChartTest {

    private static final ScoreRange HUNDRED = new ScoreRange(BigDecimal.ZERO, new BigDecimal(100));

    private static ChangeChart.Point p(String label, String value) {
        return new ChangeChart.Point(label, value == null ? null : new BigDecimal(value), null);
    }

    @Test
    void pointsAreEvenlyAcrossAndHigherValuesHigherUp() {
        List<ChangeChart.Place> places = ChangeChart.places(List.of(p("Alku", "0"), p("6 kk", "50"), p("Loppu", "100")), HUNDRED);
        // plot: x 40…300, y 16 (top = 100) … 144 (bottom = 0)
        assertEquals(new ChangeChart.Place(40, 144), places.get(0));
        assertEquals(new ChangeChart.Place(170, 80), places.get(1));
        assertEquals(new ChangeChart.Place(300, 16), places.get(2));
    }

    @Test
    void oneValueIsCentredAMissingOneIsNotDrawnAndValuesStayOnTheAxis() {
        assertEquals(170, ChangeChart.places(List.of(p("Alku", "48")), HUNDRED).get(0).x());
        List<ChangeChart.Place> places = ChangeChart.places(List.of(p("Alku", "48"), p("6 kk", null), p("Loppu", "130")), HUNDRED);
        assertFalse(places.get(1).drawn());
        assertEquals(16, places.get(2).y(), "above the scale is drawn at its top");
    }

    @Test
    void theSvgIsLabelledBrokenAtAGapAndEscapesItsTexts() {
        String svg = ChangeChart.svg(List.of(p("Alku", "40"), p("6 kk", null), p("<Loppu>", "60")), HUNDRED, "WHO-5 \"hyvinvointi\"");
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("aria-label=\"WHO-5 &quot;hyvinvointi&quot;\""), svg);
        assertEquals(2, svg.split("<polyline").length - 1, "two pieces around the missing point");
        assertEquals(2, svg.split("<circle").length - 1);
        assertTrue(svg.contains("&lt;Loppu&gt;"));
        assertFalse(svg.contains("<Loppu>"));
    }

    @Test
    void theRangeOfAShippedScoreComesFromItsRule() {
        InstrumentDefinition who5 = ShippedInstruments.all().stream().filter(d -> d.code().equals("who-5")).findFirst().orElseThrow();
        ScoreRule wellbeing = who5.scores().stream().filter(r -> r.code().equals("wellbeing")).findFirst().orElseThrow();
        ScoreRule raw = who5.scores().stream().filter(r -> r.code().equals("raw")).findFirst().orElseThrow();
        assertEquals(0, ScoreRange.of(who5, wellbeing).max().compareTo(new BigDecimal(100)));
        assertEquals(0, ScoreRange.of(who5, wellbeing).min().compareTo(BigDecimal.ZERO));
        assertEquals(0, ScoreRange.of(who5, raw).max().compareTo(new BigDecimal(25)));
        InstrumentDefinition mood = ShippedInstruments.all().stream().filter(d -> d.code().equals("panel-mood")).findFirst().orElseThrow();
        ScoreRange moodRange = ScoreRange.of(mood, mood.scores().get(0));
        assertTrue(moodRange.min().compareTo(moodRange.max()) < 0, moodRange.toString());
    }
}
