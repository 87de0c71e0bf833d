package fi.kykyverkko.networks.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event's own rules: one registration per person, capacity, open registration, seats and times checked when set. */
class NetworkEventTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static EventRegistration by(String username) {
        EventRegistration r = new EventRegistration(1, username, NOW);
        r.setName("Maija " + username);
        return r;
    }

    private static NetworkEvent openEvent() {
        NetworkEvent event = new NetworkEvent();
        event.setPlace("Kemi");
        event.reschedule(NOW.plusSeconds(86_400), NOW.plusSeconds(90_000));
        event.setRegistrationOpen(true);
        return event;
    }

    private static String refusal(Runnable attempt) {
        return assertThrows(InvalidInputException.class, attempt::run).problems().list().get(0).key();
    }

    @Test
    void registrationIsRefusedWhenTheEventIsFullOrClosed() {
        NetworkEvent event = openEvent();
        event.setCapacity(2);
        EventRegistration r = by("maija");
        assertSame(r, event.register(r, List.of(by("pekka")), NOW));
        assertEquals("networks.validation.event-full", refusal(() -> event.register(by("nina"), List.of(by("pekka"), by("maija")), NOW)));
        event.setRegistrationOpen(false);
        assertEquals("networks.validation.registration-closed", refusal(() -> event.register(by("nina"), List.of(), NOW)));
    }

    @Test
    void aPersonRegistersOnceEvenWhenSeatsAreLeft() {
        NetworkEvent event = openEvent();
        List<EventRegistration> registered = List.of(by("pekka"), by("maija"));
        assertEquals("networks.validation.already-registered", refusal(() -> event.register(by("maija"), registered, NOW)));
        // told they are registered, not that the event is full, when both hold
        event.setCapacity(2);
        assertEquals("networks.validation.already-registered", refusal(() -> event.register(by("maija"), registered, NOW)));
    }

    @Test
    void aRegistrationNamesItsAccount() {
        assertEquals("networks.validation.registration-needs-account", refusal(() -> openEvent().register(by(null), List.of(), NOW)));
        assertTrue(by("maija").isBy("maija"));
        assertFalse(by("maija").isBy("Maija"));
        assertFalse(by(null).isBy(null));
    }

    @Test
    void anEventThatHasBegunTakesNoRegistrationsNorCancellations() {
        NetworkEvent event = openEvent();
        Instant during = NOW.plusSeconds(87_000);
        assertEquals("networks.validation.event-started", refusal(() -> event.register(by("maija"), List.of(), during)));
        assertTrue(event.canCancelRegistration(NOW));
        assertFalse(event.canCancelRegistration(during));
    }

    @Test
    void seatsAndTimesAreCheckedWhenSet() {
        NetworkEvent event = new NetworkEvent();
        assertThrows(InvalidInputException.class, () -> event.setCapacity(0));
        assertThrows(InvalidInputException.class, () -> event.setParticipantCount(-1));
        event.setPlace("Kemi");
        Instant now = Instant.now();
        assertThrows(InvalidInputException.class, () -> event.reschedule(now, now.minusSeconds(1)));
        event.reschedule(now, now.plusSeconds(3600));
        assertEquals(now, event.getStartsAt());
    }
}
