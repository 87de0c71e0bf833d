package fi.kykyverkko.kernel.exchange.ical;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One meeting. Build with {@link #builder(String, ZonedDateTime, ZonedDateTime)}.
 *
 * @param uid         stable for the life of the meeting, so that updates and cancellations replace it in the
 *                    recipient's calendar, e.g. {@code meeting-42@kymenlaakso.kykyverkko.fi}
 * @param start       any zone; written as Europe/Helsinki local time
 * @param end         after {@code start}
 * @param summary     the title
 * @param description may be empty; line breaks are kept
 * @param location    may be empty
 * @param url         online meeting link, or null
 * @param organizer   required for REQUEST and CANCEL, or null
 * @param attendees   the invited people (written for REQUEST and CANCEL only)
 * @param sequence    0 at first, raised by one for every change sent to attendees (including a cancellation)
 * @param status      confirmed or cancelled
 */
public record IcsEvent(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String description, String location,
                       URI url, IcsPerson organizer, List<IcsPerson> attendees, int sequence, Status status) {

    public enum Status { CONFIRMED, CANCELLED }

    public IcsEvent {
        Objects.requireNonNull(uid, "uid");
        if (uid.isBlank() || uid.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A UID must be non-blank text on one line");
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.toInstant().isAfter(start.toInstant())) {
            throw new IllegalArgumentException("A meeting must end after it starts");
        }
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        location = location == null ? "" : location;
        if (url != null && !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("A meeting link must be an http(s) address");
        }
        attendees = List.copyOf(attendees);
        if (sequence < 0) {
            throw new IllegalArgumentException("A sequence is never negative");
        }
        Objects.requireNonNull(status, "status");
    }

    public static Builder builder(String uid, ZonedDateTime start, ZonedDateTime end) {
        return new Builder(uid, start, end);
    }

    /** Local wall-clock times in {@code zone}, e.g. what a user typed in a Helsinki form. */
    public static Builder builder(String uid, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new Builder(uid, start.atZone(zone), end.atZone(zone));
    }

    public static final class Builder {
        private final String uid;
        private final ZonedDateTime start;
        private final ZonedDateTime end;
        private String summary = "";
        private String description = "";
        private String location = "";
        private URI url;
        private IcsPerson organizer;
        private final List<IcsPerson> attendees = new ArrayList<>();
        private int sequence;
        private Status status = Status.CONFIRMED;

        private Builder(String uid, ZonedDateTime start, ZonedDateTime end) {
            this.uid = uid;
            this.start = start;
            this.end = end;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder url(URI url) {
            this.url = url;
            return this;
        }

        public Builder organizer(String name, String email) {
            this.organizer = new IcsPerson(name, email);
            return this;
        }

        public Builder attendee(String name, String email) {
            attendees.add(new IcsPerson(name, email));
            return this;
        }

        public Builder sequence(int sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder cancelled() {
            this.status = Status.CANCELLED;
            return this;
        }

        public IcsEvent build() {
            return new IcsEvent(uid, start, end, summary, description, location, url, organizer, attendees, sequence, status);
        }
    }
}
