package fi.kykyverkko.clients.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

    private static final LocalDate CUTOFF = LocalDate.of(2014, 12, 2);
    private static final RetentionRule RULE = new RetentionRule(CUTOFF);
    private static final LocalDate RECENT = LocalDate.of(2026, 11, 30);

    @Test
    void aClientWhoseLastEpisodeEndedOnOrBeforeTheCutoffIsDue() {
        assertTrue(RULE.due(List.of(Optional.of(CUTOFF)), RECENT));
        assertTrue(RULE.due(List.of(Optional.of(CUTOFF.minusYears(3)), Optional.of(CUTOFF.minusDays(1))), RECENT));
    }

    @Test
    void theLastEpisodeCountsNotTheFirst() {
        assertFalse(RULE.due(List.of(Optional.of(CUTOFF.minusYears(5)), Optional.of(CUTOFF.plusDays(1))), RECENT));
    }

    @Test
    void anOpenEpisodeKeepsTheClientHoweverOldTheOthers() {
        assertFalse(RULE.due(List.of(Optional.of(CUTOFF.minusYears(5)), Optional.empty()), LocalDate.of(2000, 1, 1)));
        assertEquals(Optional.empty(), RetentionRule.lastEnded(List.of(Optional.of(CUTOFF), Optional.empty())));
    }

    @Test
    void aClientWithoutEpisodesCountsFromTheirLastChange() {
        assertTrue(RULE.due(List.of(), CUTOFF));
        assertFalse(RULE.due(List.of(), CUTOFF.plusDays(1)));
    }

    @Test
    void theCutoffIsTheRegionsPeriodBeforeTheDay() {
        RetentionSetting twelve = new RetentionSettingForTest(12);
        assertEquals(LocalDate.of(2014, 12, 2), twelve.keptIfEndedAfter(LocalDate.of(2026, 12, 2)));
        // 29 February counts back to the 28th, not into March
        assertEquals(LocalDate.of(2014, 2, 28), new RetentionSettingForTest(10).keptIfEndedAfter(LocalDate.of(2024, 2, 29)));
    }

    /** A setting with a period, as the data protection officer keeps it. */
    private static final class RetentionSettingForTest extends RetentionSetting {
        RetentionSettingForTest(int years) {
            keepFor(years, "dpo", java.time.Instant.EPOCH);
        }
    }
}
