package fi.kykyverkko.kernel.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The portal's one clock and calendar: Europe/Helsinki, and Finnish date and time formats in all three
 * languages ("23.11.2026 klo 14.30", "23.11.2026 kl. 14.30", "23.11.2026 at 14:30"). Instants are stored in UTC.
 */
public final class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DOTTED_TIME = DateTimeFormatter.ofPattern("H.mm");
    private static final DateTimeFormatter COLON_TIME = DateTimeFormatter.ofPattern("H:mm");

    private PortalTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    public static Instant instant(LocalDateTime helsinkiTime) {
        return helsinkiTime.atZone(ZONE).toInstant();
    }

    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DATE.format(date);
    }

    public static String time(Instant instant, Locale locale) {
        return (isEnglish(locale) ? COLON_TIME : DOTTED_TIME).format(local(instant));
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String joiner = isEnglish(locale) ? " at " : "sv".equals(locale.getLanguage()) ? " kl. " : " klo ";
        return DATE.format(local(instant)) + joiner + time(instant, locale);
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
