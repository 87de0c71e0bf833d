package fi.kykyverkko.kernel.exchange.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T09:15:30.123Z"), ZoneOffset.UTC);
    private final IcsWriter writer = new IcsWriter(CLOCK);

    private static IcsEvent.Builder julyMeeting() {
        return IcsEvent.builder("meeting-42@kymenlaakso.kykyverkko.fi",
                        LocalDateTime.of(2025, 7, 15, 10, 0), LocalDateTime.of(2025, 7, 15, 11, 30), IcsWriter.HELSINKI)
                .summary("Verkostotapaaminen")
                .description("Asialista:\n1. Kuulumiset\n2. Asiakaspolut")
                .location("Kotkan kaupungintalo, neuvotteluhuone 2")
                .url(URI.create("https://meet.example.fi/abc-def"))
                .organizer("Maija Meikäläinen", "maija@kymsote.example.fi")
                .attendee("Åsa Öhman", "asa@example.fi");
    }

    /** The content lines: physical lines joined again (RFC 5545 unfolding). */
    private static List<String> unfold(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }

    @Test
    void writesACompleteInvitation() {
        String ics = writer.write(IcsMethod.REQUEST, List.of(julyMeeting().build()));
        List<String> lines = unfold(ics);
        assertEquals(List.of("BEGIN:VCALENDAR", "PRODID:-//Kykyverkko//Kykyverkko//FI", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:REQUEST"), lines.subList(0, 5));
        int event = lines.indexOf("BEGIN:VEVENT");
        assertEquals(List.of(
                "BEGIN:VEVENT",
                "UID:meeting-42@kymenlaakso.kykyverkko.fi",
                "DTSTAMP:20250602T091530Z",
                "DTSTART;TZID=Europe/Helsinki:20250715T100000",
                "DTEND;TZID=Europe/Helsinki:20250715T113000",
                "SEQUENCE:0",
                "STATUS:CONFIRMED",
                "SUMMARY:Verkostotapaaminen",
                "DESCRIPTION:Asialista:\\n1. Kuulumiset\\n2. Asiakaspolut",
                "LOCATION:Kotkan kaupungintalo\\, neuvotteluhuone 2",
                "URL:https://meet.example.fi/abc-def",
                "ORGANIZER;CN=\"Maija Meikäläinen\":mailto:maija@kymsote.example.fi",
                "ATTENDEE;CN=\"Åsa Öhman\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:asa@example.fi",
                "END:VEVENT",
                "END:VCALENDAR"), lines.subList(event, lines.size()));
        assertEquals("text/calendar; charset=UTF-8; method=REQUEST", IcsWriter.contentType(IcsMethod.REQUEST));
    }

    @Test
    void escapesText() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", IcsWriter.text("a\\b;c,d\ne\r\nf\rg"));
        assertEquals("tab\tkept, bell gone".replace(",", "\\,"), IcsWriter.text("tab\tkept, bell\u0007 gone"));
        assertEquals("\"say 'hi'; ok\"", IcsWriter.parameter("say \"hi\"; ok"));
        String ics = writer.write(IcsMethod.PUBLISH, List.of(julyMeeting().summary("Sote; kela, \\ TE-palvelut").build()));
        assertTrue(unfold(ics).contains("SUMMARY:Sote\\; kela\\, \\\\ TE-palvelut"));
    }

    @Test
    void foldsAt75OctetsWithoutSplittingCharacters() throws CharacterCodingException {
        for (int padding = 0; padding < 6; padding++) {
            String summary = "x".repeat(padding) + "Työkykykoordinaattori ää €€€ ".repeat(8) + "😀 loppu";
            String ics = writer.write(IcsMethod.PUBLISH, List.of(julyMeeting().summary(summary).description(summary).build()));
            byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
            int lineStart = 0;
            for (int i = 0; i < bytes.length - 1; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    assertTrue(i - lineStart <= 75, "line of " + (i - lineStart) + " octets");
                    // each physical line is valid UTF-8 on its own: no character was split
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                    lineStart = i + 2;
                }
            }
            assertTrue(ics.contains("\r\n "), "long lines are folded");
            List<String> lines = unfold(ics);
            assertTrue(lines.contains("SUMMARY:" + summary), "unfolding gives back the summary");
            String description = lines.stream().filter(line -> line.startsWith("DESCRIPTION:")).findFirst().orElseThrow();
            assertEquals(summary, unescape(description.substring("DESCRIPTION:".length())));
        }
    }

    @Test
    void foldsExactlyAtTheBoundary() {
        StringBuilder out = new StringBuilder();
        IcsWriter.line(out, "x".repeat(75));
        assertEquals("x".repeat(75) + "\r\n", out.toString(), "75 octets fit on one line");
        out.setLength(0);
        IcsWriter.line(out, "x".repeat(74) + "ä");
        assertEquals("x".repeat(74) + "\r\n ä\r\n", out.toString(), "a two-octet ä at 75-76 moves to the next line");
        out.setLength(0);
        IcsWriter.line(out, "x".repeat(72) + "€");
        assertEquals("x".repeat(72) + "€\r\n", out.toString(), "a three-octet € ending exactly at 75 stays");
    }

    @Test
    void usesCrlfEverywhere() {
        String ics = writer.write(IcsMethod.REQUEST, List.of(julyMeeting().description("a\nb\r\nc\rd " + "pitkä ".repeat(40)).build()));
        assertTrue(ics.endsWith("\r\n"));
        for (int i = 0; i < ics.length(); i++) {
            if (ics.charAt(i) == '\n') {
                assertEquals('\r', ics.charAt(i - 1), "bare LF at " + i);
            }
            if (ics.charAt(i) == '\r') {
                assertEquals('\n', ics.charAt(i + 1), "bare CR at " + i);
            }
        }
    }

    @Test
    void summerMeetingIsWrittenInHelsinkiTimeWithBothDstRules() {
        ZonedDateTime utcStart = ZonedDateTime.of(2025, 7, 15, 7, 0, 0, 0, ZoneOffset.UTC);
        IcsEvent event = IcsEvent.builder("m@x.kykyverkko.fi", utcStart, utcStart.plusHours(1))
                .organizer("", "o@example.fi").build();
        List<String> lines = unfold(writer.write(IcsMethod.PUBLISH, List.of(event)));
        assertTrue(lines.contains("DTSTART;TZID=Europe/Helsinki:20250715T100000"), "07:00 UTC is 10:00 EEST");
        assertTrue(lines.contains("DTEND;TZID=Europe/Helsinki:20250715T110000"));
        assertTrue(lines.containsAll(List.of("BEGIN:VTIMEZONE", "TZID:Europe/Helsinki", "BEGIN:STANDARD", "TZOFFSETTO:+0200",
                "BEGIN:DAYLIGHT", "TZOFFSETTO:+0300", "END:VTIMEZONE")));

        ZonedDateTime winter = ZonedDateTime.of(2025, 1, 15, 8, 0, 0, 0, ZoneOffset.UTC);
        IcsEvent january = IcsEvent.builder("w@x.kykyverkko.fi", winter, winter.plusHours(1)).build();
        assertTrue(unfold(writer.write(IcsMethod.PUBLISH, List.of(january))).contains("DTSTART;TZID=Europe/Helsinki:20250115T100000"),
                "08:00 UTC is 10:00 EET");
    }

    @Test
    void vtimezoneRulesMatchTheJdkTimeZoneData() {
        var rules = IcsWriter.HELSINKI.getRules();
        for (int year = 2000; year <= 2040; year++) {
            ZonedDateTime march = ZonedDateTime.of(year, 3, 1, 0, 0, 0, 0, IcsWriter.HELSINKI);
            ZoneOffsetTransition spring = rules.nextTransition(march.toInstant());
            ZoneOffsetTransition autumn = rules.nextTransition(spring.getInstant());
            assertEquals(lastSunday(year, Month.MARCH).atTime(LocalTime.of(3, 0)), spring.getDateTimeBefore(), "DAYLIGHT " + year);
            assertEquals(ZoneOffset.ofHours(2), spring.getOffsetBefore());
            assertEquals(ZoneOffset.ofHours(3), spring.getOffsetAfter());
            assertEquals(lastSunday(year, Month.OCTOBER).atTime(LocalTime.of(4, 0)), autumn.getDateTimeBefore(), "STANDARD " + year);
            assertEquals(ZoneOffset.ofHours(2), autumn.getOffsetAfter());
        }
        assertEquals(DayOfWeek.SUNDAY, java.time.LocalDate.of(1970, 3, 29).getDayOfWeek(), "DAYLIGHT DTSTART is on its own rule");
        assertEquals(DayOfWeek.SUNDAY, java.time.LocalDate.of(1970, 10, 25).getDayOfWeek(), "STANDARD DTSTART is on its own rule");
        assertEquals(lastSunday(1970, Month.MARCH), java.time.LocalDate.of(1970, 3, 29));
        assertEquals(lastSunday(1970, Month.OCTOBER), java.time.LocalDate.of(1970, 10, 25));
    }

    private static java.time.LocalDate lastSunday(int year, Month month) {
        return java.time.LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    @Test
    void writesACancellation() {
        IcsEvent cancelled = julyMeeting().sequence(1).cancelled().build();
        List<String> lines = unfold(writer.write(IcsMethod.CANCEL, List.of(cancelled)));
        assertTrue(lines.contains("METHOD:CANCEL"));
        assertTrue(lines.contains("STATUS:CANCELLED"));
        assertTrue(lines.contains("SEQUENCE:1"));
        assertTrue(lines.contains("UID:meeting-42@kymenlaakso.kykyverkko.fi"), "the same UID replaces the invitation");
        assertTrue(lines.contains("ATTENDEE;CN=\"Åsa Öhman\";ROLE=REQ-PARTICIPANT:mailto:asa@example.fi"), "no reply asked");
        assertThrows(IllegalArgumentException.class, () -> writer.write(IcsMethod.CANCEL, List.of(julyMeeting().build())));
    }

    @Test
    void publishLeavesAttendeesOut() {
        List<String> lines = unfold(writer.write(IcsMethod.PUBLISH, List.of(julyMeeting().build())));
        assertTrue(lines.contains("METHOD:PUBLISH"));
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("ATTENDEE")));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("ORGANIZER")));
    }

    @Test
    void writesSeveralEventsWithOneTimeZone() {
        List<IcsEvent> events = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            events.add(IcsEvent.builder("slot-" + day + "@x.kykyverkko.fi", LocalDateTime.of(2025, 10, day, 9, 0),
                    LocalDateTime.of(2025, 10, day, 9, 45), IcsWriter.HELSINKI).summary("Vastaanotto").build());
        }
        List<String> lines = unfold(new String(writer.toBytes(IcsMethod.PUBLISH, events), StandardCharsets.UTF_8));
        assertEquals(3, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertEquals(1, lines.stream().filter("BEGIN:VTIMEZONE"::equals).count());
    }

    @Test
    void refusesWhatCalendarsWouldRejectOrThatCouldBreakTheFile() {
        assertThrows(IllegalArgumentException.class, () -> writer.write(IcsMethod.REQUEST,
                List.of(IcsEvent.builder("u@x", LocalDateTime.of(2025, 1, 1, 9, 0), LocalDateTime.of(2025, 1, 1, 10, 0),
                        IcsWriter.HELSINKI).attendee("A", "a@example.fi").build())), "REQUEST without organizer");
        assertThrows(IllegalArgumentException.class, () -> writer.write(IcsMethod.REQUEST,
                List.of(IcsEvent.builder("u@x", LocalDateTime.of(2025, 1, 1, 9, 0), LocalDateTime.of(2025, 1, 1, 10, 0),
                        IcsWriter.HELSINKI).organizer("O", "o@example.fi").build())), "REQUEST without attendees");
        assertThrows(IllegalArgumentException.class, () -> new IcsPerson("A", "a@example.fi\r\nATTENDEE:mailto:x@y"));
        assertThrows(IllegalArgumentException.class, () -> new IcsPerson("A", "not an address"));
        assertThrows(IllegalArgumentException.class, () -> julyMeeting().url(URI.create("javascript:alert(1)")).build());
        assertThrows(IllegalArgumentException.class, () -> IcsEvent.builder("u\r\nX:1", LocalDateTime.of(2025, 1, 1, 9, 0),
                LocalDateTime.of(2025, 1, 1, 10, 0), IcsWriter.HELSINKI).build());
        assertThrows(IllegalArgumentException.class, () -> IcsEvent.builder("u", LocalDateTime.of(2025, 1, 1, 9, 0),
                LocalDateTime.of(2025, 1, 1, 9, 0), IcsWriter.HELSINKI).build(), "ends when it starts");
        assertThrows(IllegalArgumentException.class, () -> writer.write(IcsMethod.PUBLISH, List.of()));
    }

    @Test
    void aNameCannotBreakOutOfItsParameter() {
        IcsEvent event = julyMeeting().organizer("Evil\"; ROLE=CHAIR:\r\nX", "o@example.fi").build();
        String organizer = unfold(writer.write(IcsMethod.REQUEST, List.of(event))).stream()
                .filter(line -> line.startsWith("ORGANIZER")).findFirst().orElseThrow();
        assertEquals("ORGANIZER;CN=\"Evil'; ROLE=CHAIR:X\":mailto:o@example.fi", organizer);
    }
}
