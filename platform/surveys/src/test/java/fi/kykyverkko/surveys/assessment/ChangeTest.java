package fi.kykyverkko.surveys.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void who5WellbeingChangesByTenPointsOrMoreToCount() {
        assertEquals(Change.IMPROVED, Change.between("who-5", "wellbeing", d("40"), d("50")));
        assertEquals(Change.UNCHANGED, Change.between("who-5", "wellbeing", d("40"), d("49.9")));
        assertEquals(Change.UNCHANGED, Change.between("who-5", "wellbeing", d("40"), d("30.1")));
        assertEquals(Change.WORSE, Change.between("who-5", "wellbeing", d("40"), d("30")));
    }

    @Test
    void theWorkAbilityScoreCountsTwoPointsAndOtherScoresOne() {
        assertEquals(Change.IMPROVED, Change.between("work-ability-score", "work-ability", d("5"), d("7")));
        assertEquals(Change.UNCHANGED, Change.between("work-ability-score", "work-ability", d("5"), d("6")));
        assertEquals(Change.WORSE, Change.between("client-satisfaction-grade", "grade", d("8"), d("7")));
        assertEquals(Change.UNCHANGED, Change.between("client-satisfaction-grade", "grade", d("8"), d("8.5")));
    }

    @Test
    void perServiceEachPersonCountsOnceFromFirstToLatestAndOneValueIsNotInTheDenominator() {
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        List<Observation> seen = List.of(
                // service 1: client 10 improves (40 → 45 → 60: first to latest), 11 is unchanged, 12 worse, 13 only once
                new Observation(10, 1, t.plusSeconds(20), d("45")), new Observation(10, 1, t, d("40")),
                new Observation(10, 1, t.plusSeconds(40), d("60")),
                new Observation(11, 1, t, d("50")), new Observation(11, 1, t.plusSeconds(9), d("55")),
                new Observation(12, 1, t, d("70")), new Observation(12, 1, t.plusSeconds(9), d("44")),
                new Observation(13, 1, t, d("20")),
                // service 2: the same client 10 in another service counts there apart
                new Observation(10, 2, t, d("80")), new Observation(10, 2, t.plusSeconds(5), d("60")));
        List<ChangeCount> counts = ChangeCount.perService(seen, "who-5", "wellbeing");
        assertEquals(List.of(new ChangeCount(1, 1, 1, 1, 1), new ChangeCount(2, 0, 0, 1, 0)), counts);
        assertEquals(3, counts.get(0).people());
        assertEquals(1, counts.get(1).people());
    }
}
