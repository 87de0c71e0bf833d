package fi.kykyverkko.panels.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdeaRulesTest {

    private static List<String> keys(Problems p) {
        return p.list().stream().map(Problems.Problem::key).toList();
    }

    @Test
    void doneIsAHundredPercentAndAHundredPercentIsDone() {
        assertEquals(List.of("panels.idea.done-is-complete"), keys(IdeaRules.check(IdeaStatus.DONE, 90, null)));
        assertEquals(List.of("panels.idea.complete-is-done"), keys(IdeaRules.check(IdeaStatus.IN_PROGRESS, 100, null)));
        assertTrue(IdeaRules.check(IdeaStatus.DONE, 100, null).isEmpty());
    }

    @Test
    void notTakenForwardNeedsAReasonAndOnlyItHasOne() {
        assertEquals(List.of("panels.idea.reason-required"), keys(IdeaRules.check(IdeaStatus.NOT_TAKEN_FORWARD, 0, "  ")));
        assertTrue(IdeaRules.check(IdeaStatus.NOT_TAKEN_FORWARD, 30, "Ei rahoitusta").isEmpty(), "progress made before it stopped may stay");
        assertEquals(List.of("panels.idea.reason-only-when-not-taken"), keys(IdeaRules.check(IdeaStatus.LOOKED_INTO, 10, "Ei rahoitusta")));
    }

    @Test
    void progressIsZeroToHundredAndANewIdeaHasNone() {
        assertEquals(List.of("panels.idea.progress-range"), keys(IdeaRules.check(IdeaStatus.IN_PROGRESS, 101, null)));
        assertEquals(List.of("panels.idea.progress-range"), keys(IdeaRules.check(IdeaStatus.IN_PROGRESS, -1, null)));
        assertEquals(List.of("panels.idea.new-has-no-progress"), keys(IdeaRules.check(IdeaStatus.NEW, 20, null)));
        assertEquals(List.of("validation.required"), keys(IdeaRules.check(null, 0, null)));
    }

    @Test
    void theIdeaAppliesOnlyChangesThatKeepTheRulesAndSaysWhetherAnythingChanged() {
        PanelIdea idea = new PanelIdea(1, 5L, null, "Vertaistukiryhmä", null, LocalDate.of(2022, 8, 19));
        assertThrows(InvalidInputException.class, () -> idea.apply(new IdeaChange(IdeaStatus.DONE, 50, null, null, null, null)));
        assertEquals(IdeaStatus.NEW, idea.getStatus(), "a refused change leaves the idea as it was");
        assertTrue(idea.apply(new IdeaChange(IdeaStatus.LOOKED_INTO, 10, null, 3L, "Työhönvalmentajat", "Selvitetään")));
        assertFalse(idea.apply(new IdeaChange(IdeaStatus.LOOKED_INTO, 10, null, 3L, "Työhönvalmentajat", "sama taas")), "a note alone is no change");
        assertTrue(idea.apply(new IdeaChange(IdeaStatus.NOT_TAKEN_FORWARD, 10, "Valmennus ei jatkunut", 3L, "Työhönvalmentajat", null)));
        assertEquals("Valmennus ei jatkunut", idea.getReason());
        assertTrue(idea.check().isEmpty());
    }

    @Test
    void anIdeaComesFromAMeetingOrAMember() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PanelIdea(1, null, null, "Idea", null, LocalDate.now()));
        assertEquals("panels.idea.origin-required", e.problems().list().get(0).key());
        assertThrows(InvalidInputException.class, () -> new PanelIdea(1, 1L, null, " ", null, LocalDate.now()));
        new PanelIdea(1, null, 4L, "Jäsenen idea", null, LocalDate.now());
    }

    @Test
    void everyStatusHasAStaffAndAPlainLabel() {
        for (IdeaStatus s : IdeaStatus.values()) {
            assertTrue(s.labelKey().startsWith("panels.status."));
            assertTrue(s.plainKey().startsWith("panels.member.status."));
        }
    }
}
