package fi.kykyverkko.surveys.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private static final Instant INVITED = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aReminderIsDueAfterTheDaysSinceTheInvitationThenSinceTheLastReminderAtMostMaxTimes() {
        ReminderPolicy policy = new ReminderPolicy(7, 2);
        assertFalse(policy.due(INVITED, 0, null, INVITED.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertTrue(policy.due(INVITED, 0, null, INVITED.plus(Duration.ofDays(7))));
        Instant first = INVITED.plus(Duration.ofDays(8));
        assertFalse(policy.due(INVITED, 1, first, first.plus(Duration.ofDays(6))), "the round is done: not again within 7 days");
        assertTrue(policy.due(INVITED, 1, first, first.plus(Duration.ofDays(7))));
        assertFalse(policy.due(INVITED, 2, first.plus(Duration.ofDays(7)), first.plus(Duration.ofDays(100))), "at most two");
    }

    @Test
    void nonsensePoliciesAreRefused() {
        assertThrows(InvalidInputException.class, () -> new ReminderPolicy(0, 2));
        assertThrows(InvalidInputException.class, () -> new ReminderPolicy(7, -1));
        assertThrows(InvalidInputException.class, () -> new ReminderPolicy(7, 6));
        assertFalse(new ReminderPolicy(7, 0).due(INVITED, 0, null, INVITED.plus(Duration.ofDays(30))), "no reminders at all");
    }

    @Test
    void anAnsweredInvitationIsNeverRemindedAndAnswersOnce() {
        Invitation invitation = new Invitation(1, "  Maija.Meikalainen@Example.FI ", "sv", INVITED);
        assertEquals("maija.meikalainen@example.fi", invitation.getRecipientKey());
        assertEquals("Maija.Meikalainen@Example.FI", invitation.getEmail());
        assertTrue(invitation.reminderDue(ReminderPolicy.DEFAULT, INVITED.plus(Duration.ofDays(8))));
        invitation.reminded(INVITED.plus(Duration.ofDays(8)));
        assertEquals(1, invitation.getRemindersSent());
        invitation.markAnswered(LocalDate.of(2026, 3, 11));
        assertFalse(invitation.reminderDue(ReminderPolicy.DEFAULT, INVITED.plus(Duration.ofDays(30))));
        assertThrows(InvalidInputException.class, () -> invitation.markAnswered(LocalDate.of(2026, 3, 12)));
        assertEquals(LocalDate.of(2026, 3, 11), invitation.getAnsweredOn());
        assertEquals("fi", new Invitation(1, "a@example.fi", "de", INVITED).getLanguage(), "an unknown language is Finnish");
    }
}
