package fi.kykyverkko.panels.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.panels.ideas.IdeaOrigin;
import fi.kykyverkko.panels.ideas.IdeaRules;
import fi.kykyverkko.panels.ideas.PanelIdea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An interview round's rules: at least one client interviewed (a count only), a place, days in order; a finding makes one idea, whose origin is the round. */
class InterviewRoundTest {

    static RoundDraft draft(Integer participants) {
        return new RoundDraft("Mikä auttaa?", null, "Kuntouttavan työtoiminnan yksikkö", LocalDate.of(2022, 9, 6), null, participants, "Kehittäjä");
    }

    static List<String> keys(InvalidInputException e) {
        return e.problems().list().stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void atLeastOneClientIsInterviewed() {
        assertEquals(List.of("participants:panels.round.participants-range"),
                keys(assertThrows(InvalidInputException.class, () -> new InterviewRound(1, draft(0)))));
        assertEquals(List.of("participants:validation.required"), keys(assertThrows(InvalidInputException.class, () -> new InterviewRound(1, draft(null)))));
        assertThrows(InvalidInputException.class, () -> new InterviewRound(1, draft(-3)));
        InterviewRound one = new InterviewRound(1, draft(1));
        assertEquals(1, one.getParticipants());
        assertEquals(one.getFirstDay(), one.getLastDay(), "a one-day round ends on its first day");
    }

    @Test
    void aPlaceAndDaysInOrderAreRequiredAndARefusedRevisionChangesNothing() {
        InterviewRound round = new InterviewRound(1, draft(14));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> round.revise(new RoundDraft("Teema", null, " ",
                LocalDate.of(2022, 9, 8), LocalDate.of(2022, 9, 6), 14, "Kehittäjä")));
        assertTrue(keys(e).contains("placeName:panels.round.place-required"), keys(e).toString());
        assertTrue(keys(e).contains("lastDay:panels.round.days-order"), keys(e).toString());
        assertEquals("Kuntouttavan työtoiminnan yksikkö", round.getPlaceName(), "nothing changed");
        round.revise(new RoundDraft("Teema", 7L, null, LocalDate.of(2022, 9, 6), LocalDate.of(2022, 9, 8), 14, "Kehittäjä"));
        assertEquals(7L, round.getPlaceOrganisationId(), "an organisation alone is a place");
    }

    @Test
    void aFindingMakesOneIdeaWhoseOriginIsTheRound() {
        RoundFinding finding = new RoundFinding(3, "Ammattilaisten toivotaan ymmärtävän asiakkaan asemaa.");
        assertThrows(InvalidInputException.class, () -> new RoundFinding(3, "  "));
        assertThrows(InvalidInputException.class, () -> new RoundFinding(3, "x".repeat(RoundFinding.MAX_TEXT + 1)));
        PanelIdea idea = PanelIdea.fromRound(1, 3, "Kokemusasiantuntijan tukityö", finding.getText(), LocalDate.of(2022, 9, 8));
        assertEquals(IdeaOrigin.INTERVIEW_ROUND, idea.origin());
        assertEquals(3L, idea.getRoundId());
        finding.turnedInto(42);
        assertEquals(42L, finding.getIdeaId());
        assertThrows(InvalidInputException.class, () -> finding.turnedInto(43), "one idea per finding");
    }

    @Test
    void anIdeaHasOneOrigin() {
        assertTrue(IdeaRules.origin(null, null, 3L, null).isEmpty());
        assertTrue(IdeaRules.origin(1L, 2L, null, null).isEmpty(), "a member's idea at a meeting");
        assertEquals("panels.idea.origin-one", IdeaRules.origin(1L, null, 3L, null).list().get(0).key());
        assertEquals("panels.idea.origin-one", IdeaRules.origin(null, null, 3L, 4L).list().get(0).key());
        assertEquals("panels.idea.origin-required", IdeaRules.origin(null, null, null, null).list().get(0).key());
        assertEquals(IdeaOrigin.MEETING, new PanelIdea(1, 5L, null, "T", null, LocalDate.of(2022, 1, 1)).origin());
        assertEquals(IdeaOrigin.MEMBER, new PanelIdea(1, null, 6L, "T", null, LocalDate.of(2022, 1, 1)).origin());
        assertEquals(IdeaOrigin.RESIDENT_TASK, PanelIdea.fromTask(1, 8, "T", null, LocalDate.of(2022, 1, 1)).origin());
    }
}
