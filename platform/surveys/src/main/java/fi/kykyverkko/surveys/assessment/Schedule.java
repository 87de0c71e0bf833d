package fi.kykyverkko.surveys.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A region's (or one service's) measurement schedule: points in order, each with its instrument. The default is the
 * one issue 12 names: at the start, at about six months (182 days) and at the end, each with WHO-5 and the Work
 * Ability Score.
 */
public record Schedule(List<SchedulePoint> points) {

    public static final String START = "start";
    public static final String SIX_MONTHS = "six-months";
    public static final String END = "end";
    public static final int SIX_MONTHS_DAYS = 182;

    public static final Schedule DEFAULT = new Schedule(List.of(
            new SchedulePoint(START, Anchor.START, 0, "who-5"),
            new SchedulePoint(START, Anchor.START, 0, "work-ability-score"),
            new SchedulePoint(SIX_MONTHS, Anchor.START, SIX_MONTHS_DAYS, "who-5"),
            new SchedulePoint(SIX_MONTHS, Anchor.START, SIX_MONTHS_DAYS, "work-ability-score"),
            new SchedulePoint(END, Anchor.END, 0, "who-5"),
            new SchedulePoint(END, Anchor.END, 0, "work-ability-score")));

    /** One measurement the schedule asks for: the point, its place among the schedule's points, the instrument, the day. */
    public record Planned(String pointCode, int position, String instrumentCode, LocalDate dueOn) {
    }

    public Schedule {
        points = List.copyOf(points);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SchedulePoint p : points) {
            if (!seen.add(p.code() + "\u0000" + p.instrumentCode())) {
                fi.kykyverkko.kernel.domain.Problems.refuse("points", "assessment.schedule.twice", p.code(), p.instrumentCode());
            }
        }
    }

    /** The point codes in the order they first appear: the position of a point is its index here. */
    public List<String> pointCodes() {
        Map<String, Boolean> codes = new LinkedHashMap<>();
        points.forEach(p -> codes.putIfAbsent(p.code(), true));
        return List.copyOf(codes.keySet());
    }

    /** What is due for an episode started on {@code start}, ended on {@code end} (null while open). */
    public List<Planned> plannedFor(LocalDate start, LocalDate end) {
        List<String> codes = pointCodes();
        List<Planned> planned = new ArrayList<>();
        for (SchedulePoint p : points) {
            p.dueFor(start, end).ifPresent(due -> planned.add(new Planned(p.code(), codes.indexOf(p.code()), p.instrumentCode(), due)));
        }
        return planned;
    }
}
