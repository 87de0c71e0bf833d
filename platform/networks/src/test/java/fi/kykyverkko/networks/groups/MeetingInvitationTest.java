package fi.kykyverkko.networks.groups;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.networks.people.Person;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingInvitationTest {

    private static final TenantId LAPPI = TenantId.of("lappi");

    @Test
    void aConvenerWithAnAddressInvitesTheMembers() throws Exception {
        String ics = ics(group(person("Pekka Koordinaattori", "pekka@example.fi"), person("Anna Jäsen", "anna@example.fi")), MeetingStatus.PLANNED);
        assertTrue(ics.contains("METHOD:REQUEST"), ics);
        assertTrue(ics.contains("UID:meeting-42@lappi.kykyverkko.fi"), ics);
        assertTrue(ics.contains("ORGANIZER;CN=\"Pekka Koordinaattori\":mailto:pekka@example.fi"), ics);
        assertTrue(ics.contains("mailto:anna@example.fi"), ics);
        assertFalse(ics.contains("ATTENDEE;CN=\"Pekka"), "the convener is the organiser, not an attendee: " + ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Helsinki:20261201T130000"), ics);
        assertTrue(ics.contains("SUMMARY:Kehittämisryhmä"), ics);
    }

    @Test
    void aCancelledMeetingCancelsTheInvitation() throws Exception {
        String ics = ics(group(person("Pekka Koordinaattori", "pekka@example.fi"), person("Anna Jäsen", "anna@example.fi")), MeetingStatus.CANCELLED);
        assertTrue(ics.contains("METHOD:CANCEL"), ics);
        assertTrue(ics.contains("STATUS:CANCELLED"), ics);
    }

    @Test
    void withoutAConvenerAddressItIsAPlainCalendarEntry() throws Exception {
        String ics = ics(group(person("Pekka Koordinaattori", null), person("Anna Jäsen", "anna@example.fi")), MeetingStatus.PLANNED);
        assertTrue(ics.contains("METHOD:PUBLISH"), ics);
        assertFalse(ics.contains("ATTENDEE"), ics);
    }

    private static String ics(NetworkGroup group, MeetingStatus status) throws Exception {
        Meeting meeting = new Meeting(7);
        setId(meeting, 42L);
        meeting.setStartsAt(Instant.parse("2026-12-01T11:00:00Z")); // 13.00 in Helsinki
        meeting.setEndsAt(Instant.parse("2026-12-01T12:30:00Z"));
        meeting.setPlace("Rovaniemi");
        meeting.setStatus(status);
        return new String(MeetingInvitation.ics(LAPPI, group, meeting), StandardCharsets.UTF_8);
    }

    private static NetworkGroup group(Person convener, Person member) {
        NetworkGroup group = new NetworkGroup();
        group.setCode("kehittamisryhma");
        group.setName("Kehittämisryhmä");
        group.setConvener(convener);
        group.setMembers(Set.of(convener, member));
        return group;
    }

    private static Person person(String name, String email) {
        Person person = new Person();
        person.setName(name);
        person.setEmail(email);
        return person;
    }

    /** Ids come from the database; a unit test gives one the way JPA does. */
    private static void setId(Stamped row, long id) throws ReflectiveOperationException {
        Field field = Stamped.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(row, id);
    }
}
