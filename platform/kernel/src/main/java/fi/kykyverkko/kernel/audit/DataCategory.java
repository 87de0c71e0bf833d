package fi.kykyverkko.kernel.audit;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/**
 * The categories of client data a consent covers (issue 11 item 5), so the log can answer "who saw this
 * client's health data". Stored by name: never rename a constant, add new ones.
 */
public enum DataCategory implements Labelled {
    IDENTITY_CONTACT, EPISODES, PLAN, ASSESSMENTS, HEALTH, MEASUREMENTS;

    @Override
    public String labelKey() {
        return "audit.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
