package fi.kykyverkko.consultations.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.sessions.SessionState;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the statistics count: cases per month and by who asked, why and with what outcome; expert time used and freed. */
class TallyTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);

    @Test
    void countsCasesAndSessionsByMonthAndKind() {
        List<Tally.CaseRow> cases = List.of(
                new Tally.CaseRow(JAN, Reason.SERVICE_GUIDANCE, Outcome.SOLVED, "asiakasvastaava", "Kuntakokeilu", 15),
                new Tally.CaseRow(JAN, Reason.SERVICE_GUIDANCE, Outcome.REFER_TO_SERVICE, "sosiaalityöntekijä", "Hyvinvointialue", 25),
                new Tally.CaseRow(FEB, Reason.ASSESSMENT_NEEDED, null, "asiakasvastaava", null, null),
                new Tally.CaseRow(YearMonth.of(2025, 12), Reason.OTHER, Outcome.OTHER, "lääkäri", "x", 5)); // outside the period
        List<Tally.SessionRow> sessions = List.of(
                new Tally.SessionRow(JAN, SessionState.HELD, 2, 60, 5),
                new Tally.SessionRow(JAN, SessionState.RELEASED, 0, 60, 5),
                new Tally.SessionRow(FEB, SessionState.RELEASED, 0, 60, 4),
                new Tally.SessionRow(FEB, SessionState.OPEN, 1, 60, 4),
                new Tally.SessionRow(MAR, SessionState.OPEN, 0, 60, 4)); // coming, nobody yet: neither used nor freed
        Tally tally = Tally.of(cases, sessions, JAN, MAR);
        assertEquals(3, tally.cases());
        assertEquals(List.of(JAN, FEB, MAR), tally.months().stream().map(Tally.MonthFigures::month).toList(), "every month, also an empty one");
        assertEquals(List.of(2L, 1L, 0L), tally.months().stream().map(Tally.MonthFigures::cases).toList());
        assertEquals(2L, tally.byProfession().get("asiakasvastaava"));
        assertEquals(1L, tally.byOrganisation().get("–"), "an asker without an organisation is counted as such");
        assertEquals(2L, tally.byReason().get(Reason.SERVICE_GUIDANCE));
        assertEquals(1L, tally.byOutcome().get(Outcome.REFER_TO_SERVICE));
        assertEquals(1, tally.withoutOutcome());
        assertEquals(20, tally.meanHandlingMinutes(), "the mean of the timed cases only");
        assertEquals(2, tally.sessionsReleased());
        assertEquals(2, tally.sessionsHeld());
        assertEquals(60 * 5 + 60 * 4, tally.expertMinutesUsed());
        assertEquals(60 * 5 + 60 * 4, tally.expertMinutesFreed());
        assertEquals(300, tally.months().get(0).expertMinutesFreed());
    }

    @Test
    void nothingCountedIsZeroEverywhere() {
        Tally tally = Tally.of(List.of(), List.of(), JAN, JAN);
        assertEquals(0, tally.cases());
        assertEquals(0, tally.meanHandlingMinutes());
        assertEquals(1, tally.months().size());
    }

    @Test
    void pairConsultationsCountInTheSameFigures() {
        Tally tally = Tally.of(List.of(new Tally.CaseRow(JAN, Reason.OTHER, Outcome.SOLVED, "asiakasvastaava", "Kunta", 10)), List.of(),
                List.of(new Tally.PairRow(JAN, Outcome.SOLVED, "lääkäri", "Terveysasema", 30),
                        new Tally.PairRow(FEB, Outcome.NEEDS_ASSESSMENT, "lääkäri", "Terveysasema", null)), JAN, FEB);
        assertEquals(1, tally.cases(), "cases are the hours' cases");
        assertEquals(2, tally.pairConsultations());
        assertEquals(List.of(1L, 1L), tally.months().stream().map(Tally.MonthFigures::pairs).toList());
        assertEquals(2L, tally.byProfession().get("lääkäri"));
        assertEquals(2L, tally.byOutcome().get(Outcome.SOLVED));
        assertEquals(20, tally.meanHandlingMinutes(), "(10 + 30) / 2 timed");
    }
}
