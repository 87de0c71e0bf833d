package fi.kykyverkko.kernel.exchange.ical;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes meetings as an iCalendar file (RFC 5545) for e-mail invitations and downloads.
 *
 * <ul>
 * <li>Times are written as Europe/Helsinki wall-clock time with {@code TZID=Europe/Helsinki} and the matching
 *     {@code VTIMEZONE}, so that a meeting stays at 10:00 Finnish time whatever the reader's zone or DST;
 *     DTSTAMP is UTC.</li>
 * <li>Text is escaped ({@code \\ ; ,} and line breaks as {@code \n}), other control characters are dropped,
 *     and lines are folded at 75 octets of UTF-8 without splitting a character; every line ends in CRLF.</li>
 * <li>{@link IcsMethod#PUBLISH} leaves attendees out (RFC 5546 forbids them there); REQUEST needs an organizer
 *     and at least one attendee; CANCEL needs an organizer and cancelled events.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class IcsWriter {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    public static final String PRODID = "-//Kykyverkko//Kykyverkko//FI";

    /**
     * Europe/Helsinki since 1981 (EU rules): EEST +0300 from the last Sunday of March 03:00 local (01:00 UTC),
     * EET +0200 from the last Sunday of October 04:00 local (01:00 UTC). The rule start in 1970 is the usual
     * convention; a test checks the rules against the JDK's time-zone data.
     */
    static final List<String> HELSINKI_VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Helsinki",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0300",
            "TZNAME:EEST",
            "DTSTART:19700329T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0300",
            "TZOFFSETTO:+0200",
            "TZNAME:EET",
            "DTSTART:19701025T040000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;

    public IcsWriter() {
        this(Clock.systemUTC());
    }

    /** With the clock DTSTAMP is taken from (tests use a fixed one). */
    public IcsWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The MIME type for an e-mail part or HTTP response carrying a file written with {@code method}. */
    public static String contentType(IcsMethod method) {
        return "text/calendar; charset=UTF-8; method=" + method.name();
    }

    public byte[] toBytes(IcsMethod method, List<IcsEvent> events) {
        return write(method, events).getBytes(StandardCharsets.UTF_8);
    }

    /** The whole calendar file, CRLF line ends, folded. */
    public String write(IcsMethod method, List<IcsEvent> events) {
        check(method, events);
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:" + PRODID);
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        HELSINKI_VTIMEZONE.forEach(content -> line(out, content));
        String stamp = UTC.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        for (IcsEvent event : events) {
            event(out, method, event, stamp);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, IcsMethod method, IcsEvent event, String stamp) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(event.uid()));
        line(out, "DTSTAMP:" + stamp);
        line(out, "DTSTART;TZID=Europe/Helsinki:" + helsinki(event.start()));
        line(out, "DTEND;TZID=Europe/Helsinki:" + helsinki(event.end()));
        line(out, "SEQUENCE:" + event.sequence());
        line(out, "STATUS:" + event.status().name());
        line(out, "SUMMARY:" + text(event.summary()));
        if (!event.description().isBlank()) {
            line(out, "DESCRIPTION:" + text(event.description()));
        }
        if (!event.location().isBlank()) {
            line(out, "LOCATION:" + text(event.location()));
        }
        if (event.url() != null) {
            line(out, "URL:" + event.url().toASCIIString());
        }
        if (event.organizer() != null) {
            line(out, "ORGANIZER;CN=" + parameter(event.organizer().name()) + ":mailto:" + event.organizer().email());
        }
        if (method != IcsMethod.PUBLISH) {
            String reply = method == IcsMethod.REQUEST ? ";PARTSTAT=NEEDS-ACTION;RSVP=TRUE" : "";
            for (IcsPerson attendee : event.attendees()) {
                line(out, "ATTENDEE;CN=" + parameter(attendee.name()) + ";ROLE=REQ-PARTICIPANT" + reply
                        + ":mailto:" + attendee.email());
            }
        }
        line(out, "END:VEVENT");
    }

    private static void check(IcsMethod method, List<IcsEvent> events) {
        Objects.requireNonNull(method, "method");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A calendar file needs at least one event");
        }
        for (IcsEvent event : events) {
            if (method != IcsMethod.PUBLISH && event.organizer() == null) {
                throw new IllegalArgumentException(method + " needs an organizer: " + event.uid());
            }
            if (method == IcsMethod.REQUEST && event.attendees().isEmpty()) {
                throw new IllegalArgumentException("REQUEST needs at least one attendee: " + event.uid());
            }
            if (method == IcsMethod.CANCEL && event.status() != IcsEvent.Status.CANCELLED) {
                throw new IllegalArgumentException("CANCEL is for cancelled events: " + event.uid());
            }
        }
    }

    private static String helsinki(ZonedDateTime time) {
        return LOCAL.format(time.withZoneSameInstant(HELSINKI));
    }

    /** A TEXT value (RFC 5545 3.3.11). */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A parameter value, always quoted; a double quote cannot be escaped there, so it becomes a single one. */
    static String parameter(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"') {
                quoted.append('\'');
            } else if (c == '\t' || !Character.isISOControl(c)) {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets (RFC 5545 3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
