package fi.kykyverkko.surveys.survey;

import fi.kykyverkko.kernel.domain.Problems;
import java.time.Duration;
import java.time.Instant;

/**
 * When non-respondents are reminded: {@code afterDays} after the invitation (or the previous reminder), at most
 * {@code maxReminders} times. Round n (1, 2, …) is due once n-1 reminders went out and the last mail is old enough;
 * a re-run finds the round done and sends nothing twice.
 */
public record ReminderPolicy(int afterDays, int maxReminders) {

    public static final ReminderPolicy DEFAULT = new ReminderPolicy(7, 2);

    public ReminderPolicy {
        if (afterDays < 1 || afterDays > 90) {
            Problems.refuse("remindAfterDays", "survey.reminders.after-days-invalid");
        }
        if (maxReminders < 0 || maxReminders > 5) {
            Problems.refuse("maxReminders", "survey.reminders.max-invalid");
        }
    }

    /** Whether an invitation sent at {@code invitedAt} with {@code sent} reminders (the last at {@code lastAt}) is due at {@code now}. */
    public boolean due(Instant invitedAt, int sent, Instant lastAt, Instant now) {
        if (sent >= maxReminders) {
            return false;
        }
        Instant since = sent == 0 || lastAt == null ? invitedAt : lastAt;
        return !now.isBefore(since.plus(Duration.ofDays(afterDays)));
    }
}
