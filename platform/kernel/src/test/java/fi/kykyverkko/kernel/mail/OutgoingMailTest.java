package fi.kykyverkko.kernel.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant T = Instant.parse("2026-12-03T07:00:00Z");

    private static OutgoingMail queued() {
        return new OutgoingMail("maija@example.fi", new MailTemplates.Rendered("Aihe", "Teksti"), "test", "fi", "maija.admin", T, T);
    }

    @Test
    void aNewMessageIsQueuedAndDueAtOnce() {
        OutgoingMail mail = queued();
        assertEquals(MailStatus.QUEUED, mail.status());
        assertEquals(0, mail.attempts());
        assertTrue(mail.isDue(T));
        assertFalse(mail.isDue(T.minusSeconds(1)));
        assertEquals(T, mail.queuedAt());
        assertEquals("maija.admin", mail.queuedBy());
    }

    @Test
    void failedAttemptsBackOffOneFiveFifteenAndSixtyMinutesThenGiveUpAfterTheSixth() {
        OutgoingMail mail = queued();
        List<Duration> waits = new ArrayList<>();
        Instant now = T;
        for (int attempt = 1; attempt <= 5; attempt++) {
            mail.failed("Connection refused", now);
            assertEquals(MailStatus.FAILED_RETRYING, mail.status(), "after attempt " + attempt);
            assertEquals(attempt, mail.attempts());
            waits.add(Duration.between(now, mail.nextAttemptAt()));
            assertFalse(mail.isDue(now));
            now = mail.nextAttemptAt();
            assertTrue(mail.isDue(now));
        }
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60),
                Duration.ofMinutes(60)), waits);
        mail.failed("Connection refused", now);
        assertEquals(MailStatus.GAVE_UP, mail.status());
        assertEquals(OutgoingMail.MAX_ATTEMPTS, mail.attempts());
        assertNull(mail.nextAttemptAt());
        assertFalse(mail.isDue(now.plus(Duration.ofDays(365))));
        assertThrows(IllegalStateException.class, () -> mail.failed("again", T), "a message given up is never tried again");
        assertThrows(IllegalStateException.class, () -> mail.sent(T));
    }

    @Test
    void aSentMessageKeepsItsTimeForgetsTheLastErrorAndIsNeverSentAgain() {
        OutgoingMail mail = queued();
        mail.failed("421 try later", T);
        mail.sent(T.plusSeconds(90));
        assertEquals(MailStatus.SENT, mail.status());
        assertEquals(2, mail.attempts());
        assertEquals(T.plusSeconds(90), mail.sentAt());
        assertNull(mail.lastError());
        assertFalse(mail.isDue(T.plus(Duration.ofDays(1))));
        assertThrows(IllegalStateException.class, () -> mail.sent(T));
        assertThrows(IllegalStateException.class, () -> mail.claim(T));
    }

    @Test
    void aClaimMakesTheMessageWaitForItsLease() {
        OutgoingMail mail = queued();
        mail.claim(T.plus(MailOutbox.LEASE));
        assertFalse(mail.isDue(T.plusSeconds(60)), "a second sender passes a claimed message by");
        assertTrue(mail.isDue(T.plus(MailOutbox.LEASE)), "a sender that died leaves it to be tried after the lease");
        assertEquals(MailStatus.QUEUED, mail.status());
    }

    @Test
    void theLastErrorIsOneShortLineNeverAStackTrace() {
        OutgoingMail mail = queued();
        mail.failed("MailConnectException: Couldn't connect\n\tat org.eclipse.angus.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2)", T);
        assertEquals("MailConnectException: Couldn't connect", mail.lastError());
        assertEquals(OutgoingMail.MAX_ERROR, OutgoingMail.shortError("x".repeat(5000)).length());
        assertEquals("unknown error", OutgoingMail.shortError(null));
        String described = MailSender.describe(new jakarta.mail.MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
        assertEquals("MessagingException: Couldn't connect to host (ConnectException: Connection refused)", described);
    }

    @Test
    void aMessageNeedsARecipientATextAndATime() {
        MailTemplates.Rendered text = new MailTemplates.Rendered("s", "b");
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail(" ", text, "test", "fi", "x", T, T));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail("a@b.fi", null, "test", "fi", "x", T, T));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMail("a@b.fi", text, "test", "fi", "x", null, T));
    }

    @Test
    void recipientsAreOnePlainAddress() {
        assertEquals("maija@example.fi", Mail.checkedAddress("  maija@example.fi "));
        for (String bad : List.of("", "maija", "maija@", "a@b.fi, c@d.fi", "maija @example.fi")) {
            assertThrows(IllegalArgumentException.class, () -> Mail.checkedAddress(bad), bad);
        }
    }

    @Test
    void aMessageCarriesOneFileKeptAsQueued() {
        byte[] ics = "BEGIN:VCALENDAR".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        OutgoingMail mail = queued().attach(new Mail.Attachment("kutsu.ics", "text/calendar; method=REQUEST", ics));
        ics[0] = 'X';
        Mail.Attachment kept = mail.attachment().orElseThrow();
        assertEquals("kutsu.ics", kept.name());
        assertEquals("BEGIN:VCALENDAR", new String(kept.content(), java.nio.charset.StandardCharsets.UTF_8), "a copy");
        assertTrue(queued().attachment().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new Mail.Attachment("../x.ics", "text/calendar", ics), "a path");
        assertThrows(IllegalArgumentException.class, () -> new Mail.Attachment("x.ics", "text/calendar", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new Mail.Attachment("x.ics", " ", ics));
        assertThrows(IllegalArgumentException.class,
                () -> new Mail.Attachment("x.ics", "text/calendar", new byte[Mail.ATTACHMENT_MAX + 1]));
    }
}
