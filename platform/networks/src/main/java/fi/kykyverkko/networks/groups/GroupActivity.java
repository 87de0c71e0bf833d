package fi.kykyverkko.networks.groups;

import java.time.LocalDate;

/**
 * When a group last met and meets next, and whether it keeps its cadence. The seeds' networks faded exactly
 * here — no meetings, nobody convening — so a group that let its cadence pass is flagged:
 * <ul>
 *   <li>{@code ON_TRACK}: the next meeting is not yet overdue and the meetings fall on the cadence's days (or the group
 *   has no cadence);</li>
 *   <li>{@code OFF_CADENCE}: not overdue, but the last meeting held or the next one planned breaks the rule (a "first
 *   Tuesday" group that met on a Wednesday): the group meets, just not as it says it does;</li>
 *   <li>{@code LATE}: the due date plus {@value #GRACE_DAYS} days has passed, but a meeting is planned;</li>
 *   <li>{@code QUIET}: overdue and nothing planned — shown on the region's front page and to the convener.</li>
 * </ul>
 * A group that never met is measured from the day it started.
 *
 * @param lastHeld    the latest meeting held (date, Europe/Helsinki), or null
 * @param nextPlanned the earliest planned meeting from today on, or null
 * @param due         when the next meeting is due by the cadence, or null without a cadence
 */
public record GroupActivity(LocalDate lastHeld, LocalDate nextPlanned, LocalDate due, State state) {

    public enum State { ON_TRACK, OFF_CADENCE, LATE, QUIET }

    /** Days of slack after a due date: a meeting moved by a week is not a fading network. */
    public static final int GRACE_DAYS = 7;

    public static GroupActivity of(Cadence cadence, LocalDate startedOn, LocalDate lastHeld, LocalDate nextPlanned, LocalDate today) {
        if (cadence == null) {
            return new GroupActivity(lastHeld, nextPlanned, null, State.ON_TRACK);
        }
        LocalDate due = cadence.dueAfter(lastHeld != null ? lastHeld : startedOn);
        if (!today.isAfter(due.plusDays(GRACE_DAYS))) {
            boolean keepsRule = (lastHeld == null || cadence.fits(lastHeld)) && (nextPlanned == null || cadence.fits(nextPlanned));
            return new GroupActivity(lastHeld, nextPlanned, due, keepsRule ? State.ON_TRACK : State.OFF_CADENCE);
        }
        return new GroupActivity(lastHeld, nextPlanned, due, nextPlanned != null ? State.LATE : State.QUIET);
    }

    public boolean quiet() {
        return state == State.QUIET;
    }
}
