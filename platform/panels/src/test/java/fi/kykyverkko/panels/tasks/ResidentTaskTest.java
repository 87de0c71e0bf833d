package fi.kykyverkko.panels.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.guard.IdentityGuard;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A resident task's week, its questions, and the rules an answer passes before it is stored (the identity guard among them). */
class ResidentTaskTest {

    static final TenantId KYMI = TenantId.of("kymenlaakso");
    static final LocalDate MONDAY = LocalDate.of(2022, 10, 3);
    final IdentityGuard guard = new IdentityGuard(List.of());

    static ResidentTask task() {
        return new ResidentTask(1, "Työkyvyn tuki", "Mikä auttaisi?\n\nMitä toivot palveluilta?", MONDAY, null);
    }

    static List<String> keys(Problems p) {
        return p.list().stream().map(x -> x.field() + ":" + x.key()).toList();
    }

    @Test
    void openForAWeekFromItsFirstDayUnlessSaidOtherwise() {
        ResidentTask task = task();
        assertEquals(7, task.getDays());
        assertEquals(ResidentTask.State.NOT_YET_OPEN, task.stateOn(MONDAY.minusDays(1)));
        assertEquals(ResidentTask.State.OPEN, task.stateOn(MONDAY));
        assertEquals(ResidentTask.State.OPEN, task.stateOn(MONDAY.plusDays(6)), "Sunday is the seventh day");
        assertEquals(ResidentTask.State.CLOSED, task.stateOn(MONDAY.plusDays(7)));
        assertEquals(MONDAY.plusDays(6), task.lastDay());
        task.schedule(MONDAY, 3);
        assertEquals(ResidentTask.State.CLOSED, task.stateOn(MONDAY.plusDays(3)));
        assertThrows(InvalidInputException.class, () -> task.schedule(MONDAY, 0));
        assertThrows(InvalidInputException.class, () -> task.schedule(MONDAY, 32));
        assertThrows(InvalidInputException.class, () -> task.schedule(null, 7));
    }

    @Test
    void oneToThreeQuestionsBlankLinesDropped() {
        assertEquals(List.of("Mikä auttaisi?", "Mitä toivot palveluilta?"), task().questionList());
        assertThrows(InvalidInputException.class, () -> new ResidentTask(1, "T", " \n ", MONDAY, 7));
        assertThrows(InvalidInputException.class, () -> new ResidentTask(1, "T", "a\nb\nc\nd", MONDAY, 7));
        InvalidInputException all = assertThrows(InvalidInputException.class, () -> new ResidentTask(1, " ", "", null, 99));
        assertEquals(4, all.problems().list().size(), "every field's problem at once: " + keys(all.problems()));
    }

    @Test
    void aCleanAnswerInTheWeekPasses() {
        assertTrue(AnswerRules.check(guard, KYMI, task(), MONDAY.plusDays(2), Map.of(1, "Terveystarkastukseen pitäisi päästä helposti."), null).isEmpty());
        assertTrue(AnswerRules.check(guard, KYMI, task(), MONDAY, Map.of(2, "Ilman lähetettä."), "Kotkalainen").isEmpty());
    }

    @Test
    void theGuardRefusesIdentityCodesAndPhoneNumbersWithAPlainReason() {
        Problems p = AnswerRules.check(guard, KYMI, task(), MONDAY, Map.of(1, "Minun hetu on 131052-308T, soita 040 123 4567"), null);
        assertTrue(keys(p).contains("q1:panels.task.guard.identity-code"), keys(p).toString());
        assertTrue(keys(p).contains("q1:panels.task.guard.phone"), keys(p).toString());
        Problems nick = AnswerRules.check(guard, KYMI, task(), MONDAY, Map.of(1, "Hyvä idea"), "matti@example.fi");
        assertEquals(List.of("nickname:panels.task.guard.email"), keys(nick));
    }

    @Test
    void aClosedOrNotYetOpenTaskRefusesAnswersAndSoDoesAnEmptyOrLongOne() {
        assertEquals(List.of("task:panels.task.closed"), keys(AnswerRules.check(guard, KYMI, task(), MONDAY.plusDays(7), Map.of(1, "Myöhässä"), null)));
        assertEquals(List.of("task:panels.task.not-yet-open"), keys(AnswerRules.check(guard, KYMI, task(), MONDAY.minusDays(1), Map.of(1, "Aikaisin"), null)));
        assertEquals(List.of("q1:panels.task.answer-required"), keys(AnswerRules.check(guard, KYMI, task(), MONDAY, Map.of(1, " ", 2, ""), null)));
        assertEquals(List.of("q1:panels.task.answer-required"), keys(AnswerRules.check(guard, KYMI, task(), MONDAY, Map.of(5, "No such question"), null)));
        assertEquals(List.of("q2:panels.task.too-long"),
                keys(AnswerRules.check(guard, KYMI, task(), MONDAY, Map.of(2, "a".repeat(TaskAnswer.MAX_TEXT + 1)), null)));
    }

    @Test
    void anAnswerGoesIntoOneIdeaOnly() {
        TaskAnswer answer = TaskAnswer.collected(1, 1, "Työhönvalmentajan tuki", null, MONDAY);
        answer.usedIn(5);
        assertEquals(5L, answer.getIdeaId());
        assertThrows(InvalidInputException.class, () -> answer.usedIn(6));
    }

    @Test
    void oneAddressStoresAtMostFiveAnswersInTenMinutes() {
        AnswerPace pace = new AnswerPace();
        Instant[] now = {Instant.parse("2026-12-04T10:00:00Z")};
        pace.clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        for (int i = 0; i < AnswerPace.LIMIT; i++) {
            assertTrue(pace.admit(KYMI, "10.0.0.1"));
        }
        assertFalse(pace.admit(KYMI, "10.0.0.1"));
        assertTrue(pace.admit(KYMI, "10.0.0.2"), "another address");
        assertTrue(pace.admit(TenantId.of("lappi"), "10.0.0.1"), "another region");
        now[0] = now[0].plus(AnswerPace.WINDOW).plus(Duration.ofSeconds(1));
        assertTrue(pace.admit(KYMI, "10.0.0.1"), "after the window");
    }
}
