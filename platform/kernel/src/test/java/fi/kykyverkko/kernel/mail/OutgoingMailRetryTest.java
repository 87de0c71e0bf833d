package fi.kykyverkko.kernel.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "Try again now" from the admins' outbox view. */
class OutgoingMailRetryTest {

    private static final Instant T = Instant.parse("2026-12-03T07:00:00Z");

    private static OutgoingMail queued() {
        return new OutgoingMail("maija@example.fi", new MailTemplates.Rendered("Aihe", "Teksti"), "test", "fi", "maija.admin", T, T);
    }

    private static OutgoingMail givenUp() {
        OutgoingMail mail = queued();
        for (int i = 0; i < OutgoingMail.MAX_ATTEMPTS; i++) {
            mail.failed("Connection refused", T.plusSeconds(i));
        }
        assertEquals(MailStatus.GAVE_UP, mail.status());
        return mail;
    }

    @Test
    void aGivenUpMessageIsDueAtOnceForOneMoreAttempt() {
        OutgoingMail mail = givenUp();
        Instant now = T.plusSeconds(3600);
        mail.retryNow(now);
        assertEquals(MailStatus.FAILED_RETRYING, mail.status());
        assertTrue(mail.isDue(now));
        assertEquals(OutgoingMail.MAX_ATTEMPTS, mail.attempts(), "the count of attempts stays true");
        // the one more attempt fails: given up again, not another round of six
        mail.failed("Connection refused", now);
        assertEquals(MailStatus.GAVE_UP, mail.status());
        // or it succeeds
        OutgoingMail other = givenUp();
        other.retryNow(now);
        other.sent(now.plusSeconds(1));
        assertEquals(MailStatus.SENT, other.status());
    }

    @Test
    void aRetryingMessageNeedNotWaitForItsBackOff() {
        OutgoingMail mail = queued();
        mail.failed("451 try later", T);
        Instant soon = T.plusSeconds(10);
        assertTrue(!mail.isDue(soon), "the back-off is a minute");
        mail.retryNow(soon);
        assertTrue(mail.isDue(soon));
        assertEquals(MailStatus.FAILED_RETRYING, mail.status());
        assertEquals(1, mail.attempts());
    }

    @Test
    void aSentMessageIsNeverSentAgain() {
        OutgoingMail mail = queued();
        mail.sent(T);
        assertThrows(IllegalStateException.class, () -> mail.retryNow(T.plusSeconds(60)));
        assertEquals(MailStatus.SENT, mail.status());
    }
}
