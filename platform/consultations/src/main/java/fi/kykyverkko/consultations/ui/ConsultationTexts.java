package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.Component;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.series.Recurrence;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.time.PortalTime;
import java.time.format.TextStyle;

/** How the views say a series' rhythm, a session's time and its deadline, in the reader's language. */
public final class ConsultationTexts {

    private ConsultationTexts() {
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.forLanguageTag("fi") : ui.getLocale();
    }

    static String rhythm(Component where, ConsultationSeries series) {
        String hours = series.getStartTime() + "–" + series.getEndTime();
        if (series.getRecurrence() == Recurrence.AD_HOC || series.getWeekday() == null) {
            return where.getTranslation(series.getRecurrence().labelKey()) + " " + hours;
        }
        return where.getTranslation(series.getRecurrence().labelKey()) + ", "
                + series.getWeekday().getDisplayName(TextStyle.FULL, locale()) + " " + hours;
    }

    public static String when(Component where, ConsultationSession session) {
        return PortalTime.dateTime(session.getStartsAt(), locale()) + "–" + PortalTime.time(session.getEndsAt(), locale());
    }

    static String deadline(Component where, ConsultationSession session) {
        return PortalTime.dateTime(session.getBookingDeadline(), locale());
    }

    static String place(ConsultationSeries series) {
        if (series.getPlace() != null && series.getOnlineLink() != null) {
            return series.getPlace() + ", " + series.getOnlineLink();
        }
        return series.getPlace() != null ? series.getPlace() : series.getOnlineLink();
    }
}
