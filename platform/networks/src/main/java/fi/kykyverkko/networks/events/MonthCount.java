package fi.kykyverkko.networks.events;

import java.time.YearMonth;

/** Events held and their participants in one month (Europe/Helsinki). */
public record MonthCount(YearMonth month, long events, long participants) {
}
