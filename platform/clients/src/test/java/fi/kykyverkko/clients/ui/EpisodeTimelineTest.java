package fi.kykyverkko.clients.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EpisodeTimelineTest {

    private static final List<String> PHASES = List.of("initial-screening", "investigation", "assessment", "ended");

    @Test
    void eachPhaseIsABarAsLongAsItsDaysOnOneAxisWithTheYearsMarked() {
        LocalDate start = LocalDate.of(2025, 11, 1);
        Episode first = Episode.open(1, 1, start, "initial-screening");
        first.moveTo("investigation", start.plusDays(25));
        first.end(EndReason.EMPLOYED, start.plusDays(100));
        Episode second = Episode.open(1, 2, start.plusDays(50), "initial-screening");
        String svg = EpisodeTimeline.svg(List.of(second, first), PHASES, e -> e.getServiceId() == 1 ? "Työkykytiimi" : "Työhön & valmennus",
                code -> code.toUpperCase(), start.plusDays(200), "Jaksot <2>");

        List<Double> widths = new java.util.ArrayList<>();
        Matcher bar = Pattern.compile("<rect x=\"([0-9.]+)\" y=\"\\d+\" width=\"([0-9.]+)\" height=\"16\"").matcher(svg);
        while (bar.find()) {
            widths.add(Double.parseDouble(bar.group(2)));
        }
        // 200 days on 640 units: the first episode's 25 + 75 days, the second's 150 days (still open on the last day)
        assertEquals(List.of(80.0, 240.0, 480.0), widths);
        assertTrue(svg.contains(">2026</text>"), "the new year is marked");
        assertTrue(svg.contains("aria-label=\"Jaksot &lt;2&gt;\""), svg);
        assertTrue(svg.contains("Työhön &amp; valmennus"), "names are escaped");
        assertTrue(svg.contains("<title>INVESTIGATION: 75</title>"));
        assertTrue(!svg.contains(">ENDED<"), "the ended phase is no bar and not in the legend");
    }
}
