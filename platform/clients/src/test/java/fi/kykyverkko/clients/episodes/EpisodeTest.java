package fi.kykyverkko.clients.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of a clienthood episode and the durations computed from its history. */
class EpisodeTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static Episode opened() {
        return Episode.open(1, 2, START, "initial-screening");
    }

    /** The one problem {@code act} is refused with, as "field: key". */
    private static String refusal(Executable act) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, act);
        assertEquals(1, refused.problems().list().size(), refused.problems().list().toString());
        var problem = refused.problems().list().get(0);
        return problem.field() + ": " + problem.key();
    }

    @Test
    void anOpenedEpisodeIsInItsFirstPhaseFromTheStart() {
        Episode episode = opened();
        assertEquals("initial-screening", episode.getCurrentPhase());
        assertEquals(START, episode.getPhases().get(0).enteredOn());
        assertFalse(episode.isEnded());
        assertTrue(episode.check().isEmpty(), episode.check().list().toString());
        assertEquals(Optional.empty(), episode.getResponsiblePersonId());
    }

    @Test
    void openingNeedsADayAndAPhaseOtherThanEnded() {
        assertEquals("startedOn: validation.required", refusal(() -> Episode.open(1, 2, null, "team")));
        assertEquals("phase: validation.required", refusal(() -> Episode.open(1, 2, START, " ")));
        assertEquals("phase: clients.episode.end-with-reason", refusal(() -> Episode.open(1, 2, START, Episode.ENDED)));
    }

    @Test
    void phasesMoveForwardInTimeAndMayRepeat() {
        Episode episode = opened();
        episode.moveTo("investigation", START.plusDays(10));
        episode.moveTo("team", START.plusDays(10)); // the same day is not backwards
        episode.moveTo("investigation", START.plusDays(30)); // back to an earlier phase: allowed, the days still go forward
        assertEquals(List.of("initial-screening", "investigation", "team", "investigation"),
                episode.getPhases().stream().map(PhaseEntry::phase).toList());
        assertEquals("investigation", episode.getCurrentPhase());
    }

    @Test
    void aPhaseDayBeforeTheStartOrBeforeThePreviousPhaseIsRefused() {
        Episode episode = opened();
        assertEquals("phaseOn: clients.episode.before-start", refusal(() -> episode.moveTo("investigation", START.minusDays(1))));
        episode.moveTo("investigation", START.plusDays(20));
        assertEquals("phaseOn: clients.episode.backwards", refusal(() -> episode.moveTo("assessment", START.plusDays(19))));
        assertEquals("phase: clients.episode.same-phase", refusal(() -> episode.moveTo("investigation", START.plusDays(21))));
        assertEquals("phase: clients.episode.end-with-reason", refusal(() -> episode.moveTo(Episode.ENDED, START.plusDays(21))));
        assertEquals("phaseOn: validation.required", refusal(() -> episode.moveTo("assessment", null)));
        // nothing refused changed the history
        assertEquals(2, episode.getPhases().size());
        assertEquals("investigation", episode.getCurrentPhase());
    }

    @Test
    void handoversKeepTheirHistoryAndNeverGoBackwards() {
        Episode episode = opened();
        episode.handOverTo(11, START);
        episode.handOverTo(12, START.plusDays(40));
        assertEquals(Optional.of(12L), episode.getResponsiblePersonId());
        assertEquals(List.of(11L, 12L), episode.getHandovers().stream().map(Handover::personId).toList());
        assertEquals("handedOn: clients.episode.backwards", refusal(() -> episode.handOverTo(13, START.plusDays(39))));
        assertEquals("handedOn: clients.episode.before-start", refusal(() -> episode.handOverTo(13, START.minusDays(1))));
        assertEquals("responsiblePerson: clients.episode.same-person", refusal(() -> episode.handOverTo(12, START.plusDays(41))));
        assertEquals(2, episode.getHandovers().size());
    }

    @Test
    void theNextStepHasATextAndADayNotBeforeTheStart() {
        Episode episode = opened();
        episode.planNextStep("Tapaaminen Kelan kanssa", START.plusDays(7));
        assertEquals("Tapaaminen Kelan kanssa", episode.getNextStep());
        assertEquals(START.plusDays(7), episode.getNextStepOn());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> episode.planNextStep(" ", null));
        assertEquals(2, refused.problems().list().size(), "both missing parts at once");
        assertEquals("nextStepOn: clients.episode.before-start", refusal(() -> episode.planNextStep("Soitto", START.minusDays(3))));
        assertEquals("nextStep: validation.too-long", refusal(() -> episode.planNextStep("x".repeat(1001), START)));
        assertEquals("Tapaaminen Kelan kanssa", episode.getNextStep(), "a refused plan keeps the one before");
    }

    @Test
    void endingNeedsAReasonAndADayNotBeforeTheLastEntry() {
        Episode episode = opened();
        episode.moveTo("team", START.plusDays(50));
        episode.handOverTo(11, START.plusDays(60));
        assertEquals("endReason: clients.episode.reason-required", refusal(() -> episode.end(null, START.plusDays(70))));
        assertEquals("endedOn: clients.episode.backwards", refusal(() -> episode.end(EndReason.EMPLOYED, START.plusDays(55))));
        assertFalse(episode.isEnded());
        episode.planNextStep("Työpaikkakäynti", START.plusDays(80));
        episode.end(EndReason.EMPLOYED, START.plusDays(70));
        assertTrue(episode.isEnded());
        assertEquals(Episode.ENDED, episode.getCurrentPhase());
        assertEquals(EndReason.EMPLOYED, episode.getEndReason());
        assertNull(episode.getNextStep(), "nothing is planned after the end");
        assertTrue(episode.check().isEmpty());
    }

    @Test
    void anEndedEpisodeRefusesEveryChange() {
        Episode episode = opened();
        episode.end(EndReason.MOVED, START.plusDays(3));
        LocalDate later = START.plusDays(10);
        String ended = "episode: clients.episode.ended";
        assertEquals(ended, refusal(() -> episode.moveTo("team", later)));
        assertEquals(ended, refusal(() -> episode.planNextStep("Soitto", later)));
        assertEquals(ended, refusal(() -> episode.handOverTo(5, later)));
        assertEquals(ended, refusal(() -> episode.end(EndReason.OTHER, later)));
        assertEquals(EndReason.MOVED, episode.getEndReason());
        assertEquals(START.plusDays(3), episode.getEndedOn());
        assertEquals(2, episode.getPhases().size());
    }

    @Test
    void durationsPerPhaseAndPerEpisodeComeFromTheHistory() {
        Episode episode = opened();
        episode.moveTo("investigation", START.plusDays(14));
        episode.moveTo("team", START.plusDays(44));
        episode.moveTo("investigation", START.plusDays(50));
        episode.end(EndReason.STUDIES, START.plusDays(60));

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("initial-screening", 14L);
        expected.put("investigation", 30L + 10L); // two visits summed
        expected.put("team", 6L);
        LocalDate anyToday = START.plusYears(3);
        assertEquals(expected, episode.daysPerPhase(anyToday));
        assertEquals(60, episode.days(anyToday), "an ended episode counts to its end, whatever today is");
        assertEquals(List.of(14L, 30L, 6L, 10L), episode.phaseDays(anyToday).stream().map(PhaseDays::days).toList());
        assertEquals(episode.days(anyToday), episode.phaseDays(anyToday).stream().mapToLong(PhaseDays::days).sum());
    }

    @Test
    void anOpenEpisodeCountsToToday() {
        Episode episode = opened();
        episode.moveTo("assessment", START.plusDays(20));
        LocalDate today = START.plusDays(35);
        assertEquals(35, episode.days(today));
        assertEquals(Map.of("initial-screening", 20L, "assessment", 15L), episode.daysPerPhase(today));
        // a "today" before the last entry (imported, future-dated history) never gives negative days
        assertEquals(0, episode.daysPerPhase(START.plusDays(10)).get("assessment"));
        assertEquals(0, Episode.open(1, 2, START, "team").days(START.minusDays(5)));
    }

    @Test
    void twoEpisodesOfOneClientAreOpenAtOnceAndIndependent() {
        Episode team = Episode.open(7, 1, START, "initial-screening");
        Episode coaching = Episode.open(7, 2, START.plusDays(5), "initial-screening");
        team.moveTo("team", START.plusDays(30));
        coaching.handOverTo(21, START.plusDays(5));
        team.end(EndReason.REFERRED_ELSEWHERE, START.plusDays(40));
        assertTrue(team.isEnded());
        assertFalse(coaching.isEnded(), "ending one episode leaves the other open");
        coaching.moveTo("investigation", START.plusDays(45));
        assertEquals("investigation", coaching.getCurrentPhase());
        assertEquals(40, team.days(START.plusDays(100)));
        assertEquals(95, coaching.days(START.plusDays(100)));
    }

    @Test
    void anImportedHistoryReplayedThroughTheActsCountsTheSame() {
        // a region's Excel row: opened, moved twice, ended: the same acts with the dates of the file
        Episode imported = Episode.open(3, 1, LocalDate.of(2024, 3, 1), "initial-screening");
        imported.moveTo("investigation", LocalDate.of(2024, 3, 15));
        imported.moveTo("follow-up", LocalDate.of(2024, 9, 1));
        imported.end(EndReason.PENSION, LocalDate.of(2025, 3, 1));
        assertEquals(365, imported.days(LocalDate.now()));
        assertEquals(Map.of("initial-screening", 14L, "investigation", 170L, "follow-up", 181L), imported.daysPerPhase(LocalDate.now()));
    }
}
