package fi.kykyverkko.panels.panel;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** What a step of the meeting script does: the meeting view shows each kind its own way. */
public enum StepKind implements Labelled {
    /** Coffee together: nothing to record. */
    COFFEE,
    /** The previous meeting's recap and the progress of every idea. */
    RECAP,
    /** The theme of the day with its chosen methods; new ideas are written down here. */
    THEME,
    /** The anonymous mood feedback (kiosk). */
    FEEDBACK,
    /** Anything else the facilitator adds (a break, a visitor). */
    OTHER;

    @Override
    public String labelKey() {
        return "panels.step." + name().toLowerCase(Locale.ROOT);
    }
}
