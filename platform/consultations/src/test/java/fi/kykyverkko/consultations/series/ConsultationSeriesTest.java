package fi.kykyverkko.consultations.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.consultations.booking.Asker;
import fi.kykyverkko.consultations.booking.CaseText;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.consultations.sessions.SessionState;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants of a series, its sessions and cases, checked when a value is set. */
class ConsultationSeriesTest {

    static ConsultationSeries thursdayHour() {
        ConsultationSeries series = new ConsultationSeries("test");
        series.setTitle("Konsultaatiotunti");
        series.setOnlineLink("https://teams.example.fi/konsultaatio");
        series.schedule(Recurrence.WEEKLY, LocalDate.of(2026, 12, 3), LocalTime.of(14, 0), LocalTime.of(15, 0));
        series.setCapacityPerHour(3);
        try {
            java.lang.reflect.Field id = fi.kykyverkko.kernel.domain.Stamped.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(series, 1L); // as if stored
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return series;
    }

    @Test
    void theRhythmFollowsTheFirstDate() {
        ConsultationSeries series = thursdayHour();
        assertEquals(DayOfWeek.THURSDAY, series.getWeekday());
        assertTrue(series.meetsOn(LocalDate.of(2026, 12, 10)));
        assertFalse(series.meetsOn(LocalDate.of(2026, 12, 11)));
        assertFalse(series.meetsOn(LocalDate.of(2026, 11, 26)), "before the first date");
        series.schedule(Recurrence.EVERY_OTHER_WEEK, LocalDate.of(2026, 12, 3), LocalTime.of(14, 0), LocalTime.of(15, 0));
        assertFalse(series.meetsOn(LocalDate.of(2026, 12, 10)));
        assertTrue(series.meetsOn(LocalDate.of(2026, 12, 17)));
        series.schedule(Recurrence.AD_HOC, null, LocalTime.of(14, 0), LocalTime.of(15, 0));
        assertFalse(series.meetsOn(LocalDate.of(2026, 12, 17)));
        assertTrue(series.check().isEmpty(), series.check().list().toString());
    }

    @Test
    void refusedValues() {
        ConsultationSeries series = thursdayHour();
        assertThrows(InvalidInputException.class, () -> series.schedule(Recurrence.WEEKLY, LocalDate.of(2026, 12, 3), LocalTime.of(15, 0), LocalTime.of(14, 0)));
        assertThrows(InvalidInputException.class, () -> series.schedule(Recurrence.WEEKLY, null, LocalTime.of(14, 0), LocalTime.of(15, 0)));
        assertThrows(InvalidInputException.class, () -> series.setCapacityPerHour(0));
        series.setOnlineLink("javascript:alert(1)");
        assertEquals("validation.url", series.check().of("onlineLink").get(0).key());
        series.setOnlineLink(null);
        assertEquals("consultations.series.place-or-link", series.check().of("place").get(0).key());
    }

    @Test
    void whoMayBookWidensWithTheLists() {
        ConsultationSeries series = thursdayHour();
        assertTrue(series.mayBook("sosiaaliohjaaja", "kaupunki"), "empty lists: every professional");
        series.allowBooking(List.of("asiakasvastaava", " Sosiaalityöntekijä "), List.of());
        assertTrue(series.mayBook("sosiaalityöntekijä", "kaupunki"));
        assertFalse(series.mayBook("lääkäri", "hyvinvointialue"));
        series.allowBooking(List.of("asiakasvastaava"), List.of("hyvinvointialue"));
        assertTrue(series.mayBook("lääkäri", "hyvinvointialue"), "the organisation widens it");
        assertFalse(series.mayBook(null, null));
    }

    @Test
    void aSessionKeepsItsOwnDeadlineAndCapacity() {
        ConsultationSeries series = thursdayHour();
        ConsultationSession session = new ConsultationSession(series, LocalDate.of(2026, 12, 10));
        assertEquals(Instant.parse("2026-12-09T10:00:00Z"), session.getBookingDeadline());
        assertEquals(Instant.parse("2026-12-10T12:00:00Z"), session.getStartsAt());
        assertEquals(3, session.getCapacity());
        assertTrue(session.bookableAt(Instant.parse("2026-12-09T09:59:59Z")));
        assertFalse(session.bookableAt(Instant.parse("2026-12-09T10:00:00Z")), "exactly 12:00:00 is late");
        assertEquals(1, session.book());
        assertEquals(2, session.book());
        session.unbook();
        assertEquals(3, session.book(), "a cancelled place frees a place, its arrival number is not reused");
        assertEquals(4, session.book());
        assertThrows(InvalidInputException.class, session::book, "full");
    }

    @Test
    void releaseOnlyAfterTheDeadlineAndOnlyWhenNobodyBooked() {
        ConsultationSession session = new ConsultationSession(thursdayHour(), LocalDate.of(2026, 12, 10));
        assertThrows(InvalidInputException.class, () -> session.release(Instant.parse("2026-12-09T09:00:00Z")));
        session.book();
        assertThrows(InvalidInputException.class, () -> session.release(Instant.parse("2026-12-09T11:00:00Z")));
        session.unbook();
        session.release(Instant.parse("2026-12-09T10:00:00Z"));
        assertEquals(SessionState.RELEASED, session.getState());
        assertFalse(session.bookableAt(Instant.parse("2026-12-01T10:00:00Z")));
        assertThrows(InvalidInputException.class, () -> session.release(Instant.parse("2026-12-09T11:00:00Z")));
    }

    @Test
    void aCaseNamesAServiceExactlyWhenReferredToOne() {
        ConsultationCase c = new ConsultationCase(1, new CaseText("Miten edetä?", Reason.UNSURE_HOW_TO_PROCEED, "40-vuotias"),
                new Asker("u", "asiakasvastaava", "Kuntakokeilu", "kuntakokeilu", null), Instant.now());
        assertThrows(InvalidInputException.class, () -> c.conclude(Outcome.REFER_TO_SERVICE, null, null, 10));
        assertThrows(InvalidInputException.class, () -> c.conclude(Outcome.SOLVED, 5L, null, 10));
        assertThrows(InvalidInputException.class, () -> c.conclude(Outcome.SOLVED, null, null, 601));
        c.conclude(Outcome.REFER_TO_SERVICE, 5L, "Asiakasvastaava ohjaa", 15);
        assertEquals(Outcome.REFER_TO_SERVICE, c.getOutcome().orElseThrow());
        c.cancel(Instant.now());
        assertThrows(InvalidInputException.class, () -> c.cancel(Instant.now()));
    }
}
