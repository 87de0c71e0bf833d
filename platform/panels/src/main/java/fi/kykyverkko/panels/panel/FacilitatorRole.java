package fi.kykyverkko.panels.panel;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** The lead facilitator (one at a time, handed over) or a co-facilitator beside them. */
public enum FacilitatorRole implements Labelled {
    LEAD, CO;

    @Override
    public String labelKey() {
        return "panels.facilitator." + name().toLowerCase(Locale.ROOT);
    }
}
