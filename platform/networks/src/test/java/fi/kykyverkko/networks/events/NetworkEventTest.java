package fi.kykyverkko.networks.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The event's own rules: capacity, open registration, seats and times checked when set. */
class NetworkEventTest {

    private static EventRegistration someone() {
        EventRegistration r = new EventRegistration(1, Instant.now());
        r.setName("Maija");
        return r;
    }

    @Test
    void registrationIsRefusedWhenTheEventIsFullOrClosed() {
        NetworkEvent event = new NetworkEvent();
        event.setRegistrationOpen(true);
        event.setCapacity(2);
        EventRegistration r = someone();
        assertSame(r, event.register(r, 1));
        InvalidInputException full = assertThrows(InvalidInputException.class, () -> event.register(someone(), 2));
        assertEquals("networks.validation.event-full", full.problems().list().get(0).key());
        event.setRegistrationOpen(false);
        InvalidInputException closed = assertThrows(InvalidInputException.class, () -> event.register(someone(), 0));
        assertEquals("networks.validation.registration-closed", closed.problems().list().get(0).key());
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
