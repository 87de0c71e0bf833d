package fi.kykyverkko.networks.events;

import fi.kykyverkko.kernel.time.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * One month's events (Europe/Helsinki): every event that starts in the month, those of them already held, and
 * the participants of the held ones. An event later in the month counts as one of the month's events at once,
 * and as held when it has begun.
 */
public record MonthCount(YearMonth month, long events, long held, long participants) {

    /**
     * Every month of [{@code from}, {@code until}) (a month only partly inside counts for that part), months without
     * events as zeros, from events as {@link Events#between} returns them.
     */
    public static List<MonthCount> of(Collection<EventSummary> events, LocalDate from, LocalDate until, Instant now) {
        TreeMap<YearMonth, long[]> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); m.atDay(1).isBefore(until); m = m.plusMonths(1)) {
            months.put(m, new long[3]);
        }
        for (EventSummary s : events) {
            LocalDate day = PortalTime.date(s.event().getStartsAt());
            long[] m = months.get(YearMonth.from(day));
            if (m == null || day.isBefore(from) || !day.isBefore(until)) {
                continue;
            }
            m[0]++;
            if (s.event().getSpan().hasStarted(now)) {
                m[1]++;
                m[2] += s.participants();
            }
        }
        return months.entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }
}
