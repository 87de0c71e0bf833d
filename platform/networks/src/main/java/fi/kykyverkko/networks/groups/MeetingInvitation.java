package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.exchange.ical.IcsEvent;
import fi.kykyverkko.kernel.exchange.ical.IcsMethod;
import fi.kykyverkko.kernel.exchange.ical.IcsWriter;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.people.Person;
import java.net.URI;
import java.util.Comparator;

/**
 * A meeting as an iCalendar file for the members' calendars. With a convener who has an e-mail address it is
 * an invitation (METHOD:REQUEST, members as attendees); otherwise a plain calendar entry (PUBLISH). The UID
 * stays the same and SEQUENCE grows with every change, so a calendar replaces the earlier copy; a cancelled
 * meeting becomes a cancellation.
 */
public final class MeetingInvitation {

    private MeetingInvitation() {
    }

    public static String fileName(NetworkGroup group, Meeting meeting) {
        return group.getCode() + "-" + PortalTime.date(meeting.getStartsAt()) + ".ics";
    }

    public static byte[] ics(TenantId tenant, NetworkGroup group, Meeting meeting) {
        IcsEvent.Builder event = IcsEvent.builder("meeting-" + meeting.getId() + "@" + tenant.value() + ".kykyverkko.fi",
                        meeting.getStartsAt().atZone(PortalTime.ZONE), meeting.getEndsAt().atZone(PortalTime.ZONE))
                .summary(group.getName())
                .description(meeting.getAgenda() == null ? "" : meeting.getAgenda())
                .sequence(meeting.getSequence());
        if (meeting.getPlace() != null) {
            event.location(meeting.getPlace());
        }
        if (meeting.getOnlineLink() != null) {
            event.url(URI.create(meeting.getOnlineLink()));
        }
        Person convener = group.getConvener();
        boolean invitation = convener != null && convener.getEmail() != null;
        if (invitation) {
            event.organizer(convener.getName(), convener.getEmail());
            group.getMembers().stream().filter(p -> p.getEmail() != null && !p.getEmail().equalsIgnoreCase(convener.getEmail()))
                    .sorted(Comparator.comparing(Person::getName)).forEach(p -> event.attendee(p.getName(), p.getEmail()));
        }
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            event.cancelled();
        }
        IcsEvent built = event.build();
        boolean hasAttendees = !built.attendees().isEmpty();
        IcsMethod method = !invitation || !hasAttendees ? IcsMethod.PUBLISH
                : meeting.getStatus() == MeetingStatus.CANCELLED ? IcsMethod.CANCEL : IcsMethod.REQUEST;
        return new IcsWriter().toBytes(method, java.util.List.of(built));
    }
}
