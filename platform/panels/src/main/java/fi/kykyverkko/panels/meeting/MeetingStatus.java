package fi.kykyverkko.panels.meeting;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** A meeting is planned (perhaps moved), cancelled with a reason, or held (its script walked to the end). */
public enum MeetingStatus implements Labelled {
    PLANNED, CANCELLED, HELD;

    @Override
    public String labelKey() {
        return "panels.meeting.status." + name().toLowerCase(Locale.ROOT);
    }
}
