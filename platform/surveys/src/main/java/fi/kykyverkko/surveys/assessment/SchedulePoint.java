package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.kernel.domain.Problems;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One point of a schedule: its code ({@code start}, {@code six-months}, {@code end} …), what it counts from, how many
 * days after that, and the instrument given there. Several instruments at one point are several points with the same
 * code.
 */
public record SchedulePoint(String code, Anchor anchor, int offsetDays, String instrumentCode) {

    /** Offsets up to about three years: a schedule is about one clienthood. */
    public static final int MAX_OFFSET_DAYS = 1100;

    public SchedulePoint {
        Problems problems = new Problems().code("code", code).required("anchor", anchor).code("instrumentCode", instrumentCode);
        if (offsetDays < 0 || offsetDays > MAX_OFFSET_DAYS) {
            problems.add("offsetDays", "assessment.schedule.offset-range", MAX_OFFSET_DAYS);
        }
        problems.throwIfAny();
    }

    /**
     * The day this point is due for an episode started on {@code start} and ended on {@code end} (null while open),
     * or empty when the point does not apply: an END point before the episode has ended, and a START point that falls
     * after the episode's end (a 6-month point of an episode that ended after four months is covered by its end point).
     */
    public Optional<LocalDate> dueFor(LocalDate start, LocalDate end) {
        if (anchor == Anchor.END) {
            return end == null ? Optional.empty() : Optional.of(end.plusDays(offsetDays));
        }
        LocalDate due = start.plusDays(offsetDays);
        if (offsetDays > 0 && end != null && due.isAfter(end)) {
            return Optional.empty();
        }
        return Optional.of(due);
    }
}
