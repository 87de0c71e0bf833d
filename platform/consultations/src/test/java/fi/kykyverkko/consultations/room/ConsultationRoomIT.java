package fi.kykyverkko.consultations.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.consultations.booking.Bookings;
import fi.kykyverkko.consultations.booking.CaseText;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.calendar.FinnishCalendar;
import fi.kykyverkko.consultations.room.RoomQueue.RoomSeat;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.Recurrence;
import fi.kykyverkko.consultations.series.SeriesDraft;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.live.LiveBus;
import fi.kykyverkko.shell.live.LiveChange;
import fi.kykyverkko.shell.live.PayaraQualifiers;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The live room's service inside Payara Micro on Lapland's demo data: who comes in, the next case under the session's
 * lock, notes refused by the identity guard (not stored) and saved over the version seen, each change published on the
 * bus with nothing but region, session and what; and a change fired through Payara's clustered CDI events
 * ({@code @Outbound} with loop-back, as another node's would arrive) coming back {@code @Inbound} to the bus.
 */
class ConsultationRoomIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");

    @Inject
    SessionRoom room;

    @Inject
    ConsultationHours hours;

    @Inject
    Bookings bookings;

    @Inject
    LiveBus bus;

    @Inject
    TenantData data;

    @Inject
    BeanManager beans;

    private static PortalUser user(String username, String name, String role) {
        return new PortalUser(username, name, false, Map.of(LAPPI, Set.of(role)));
    }

    private static final PortalUser ORGANISER = user("lappi.professional", "Pekka Työkykykoordinaattori", Roles.PROFESSIONAL);
    private static final PortalUser ASKER = user("lappi.network-member", "Nina Verkostojäsen", Roles.NETWORK_MEMBER);

    private long session() {
        var series = hours.create(LAPPI, ORGANISER, new SeriesDraft("Huone-IT " + UUID.randomUUID().toString().substring(0, 6), null, null,
                Recurrence.AD_HOC, null, LocalTime.of(14, 0), LocalTime.of(15, 0), null, "https://teams.example.fi/it", 4, List.of(), List.of(),
                1, LocalTime.NOON));
        LocalDate day = PortalTime.today().plusDays(30);
        while (!FinnishCalendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        long session = hours.addSession(LAPPI, ORGANISER, series.getId(), day).getId();
        bookings.book(LAPPI, ASKER, session, new CaseText("Huone-IT:n kysymys", Reason.OTHER, null));
        bookings.book(LAPPI, ORGANISER, session, new CaseText("Toinen kysymys", Reason.OTHER, null));
        return session;
    }

    @Test
    void theRoomsRulesAndItsChangesOnTheBus() throws Exception {
        long session = session();
        LinkedBlockingQueue<LiveChange> heard = new LinkedBlockingQueue<>();
        bus.listen(c -> {
            if (RoomChange.TOPIC.equals(c.topic()) && c.id() == session) {
                heard.add(c);
            }
        });
        assertEquals(java.util.Optional.of(RoomSeat.PANEL), room.seat(LAPPI, ORGANISER, session));
        assertEquals(java.util.Optional.of(RoomSeat.ASKER), room.seat(LAPPI, ASKER, session));
        assertTrue(room.seat(LAPPI, user("lappi.panel-facilitator", "Fanni", Roles.PANEL_FACILITATOR), session).isEmpty(), "no seat, no case");
        assertTrue(room.seat(TenantId.of("kymenlaakso"), new PortalUser("x", "x", false, Map.of(TenantId.of("kymenlaakso"),
                Set.of(Roles.PROFESSIONAL))), session).isEmpty(), "another region's organiser finds no such session in their region");
        assertThrows(SecurityException.class, () -> room.startNext(LAPPI, ASKER, session), "an asker does not run the room");

        ConsultationCase first = room.startNext(LAPPI, ORGANISER, session);
        assertEquals(1, first.getArrival());
        LiveChange change = heard.poll(5, TimeUnit.SECONDS);
        assertEquals(new LiveChange("lappi", RoomChange.TOPIC, session, "CURRENT", bus.node()), change, "region, room, session and what, nothing else");
        assertThrows(InvalidInputException.class, () -> room.startNext(LAPPI, ORGANISER, session), "one case at a time");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> room.saveNotes(LAPPI, ASKER, session, first.getId(), "Asiakkaan puhelin 040 123 4567", 0));
        assertTrue(refused.problems().list().stream().anyMatch(p -> p.field().equals("notes") && p.key().startsWith("guard.")),
                refused.problems().list().toString());
        assertNull(data.call(LAPPI, em -> em.find(ConsultationCase.class, first.getId()).getNotes()), "a refused text is never stored");

        assertEquals(1, room.saveNotes(LAPPI, ASKER, session, first.getId(), "Ohjataan kuntoutukseen.", 0).getNotesVersion());
        assertEquals(RoomChange.NOTES.name(), heard.poll(5, TimeUnit.SECONDS).what());
        InvalidInputException conflict = assertThrows(InvalidInputException.class,
                () -> room.saveNotes(LAPPI, ORGANISER, session, first.getId(), "Toinen versio", 0));
        assertEquals("consultations.room.notes-conflict", conflict.problems().list().get(0).key());

        room.conclude(LAPPI, ORGANISER, session, first.getId(), Outcome.REFER_TO_TEAM, null, "Tiimi soittaa", null);
        assertEquals(RoomChange.OUTCOME.name(), heard.poll(5, TimeUnit.SECONDS).what());
        ConsultationCase handled = room.markHandled(LAPPI, ORGANISER, session, first.getId());
        assertTrue(handled.getHandledAt().isPresent() && handled.getHandlingMinutes().isPresent());
        assertEquals(2, room.snapshot(LAPPI, session).next().orElseThrow().getArrival());
    }

    @Test
    void aChangeFromAnotherNodeArrivesThroughPayarasClusteredEvents() throws Exception {
        long session = 900_000_000L + (System.nanoTime() % 1000);
        LinkedBlockingQueue<LiveChange> heard = new LinkedBlockingQueue<>();
        bus.listen(c -> {
            if (RoomChange.TOPIC.equals(c.topic()) && c.id() == session) {
                heard.add(c);
            }
        });
        @SuppressWarnings("unchecked")
        Class<? extends Annotation> outbound = (Class<? extends Annotation>) Class.forName(PayaraQualifiers.OUTBOUND, false,
                Thread.currentThread().getContextClassLoader());
        // as another node publishes it; loop-back brings it to this node over the data grid, as to any other member
        LiveChange remote = new LiveChange("lappi", RoomChange.TOPIC, session, "NOTES", "another-node");
        beans.getEvent().select(LiveChange.class, PayaraQualifiers.with(outbound, Map.of("loopBack", true))).fire(remote);
        assertEquals(remote, heard.poll(20, TimeUnit.SECONDS), "the change came back through Payara's @Inbound event");
    }
}
