package fi.kykyverkko.kernel.audit;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** Through what the data were reached; the entry's location names the view route, API path, export or job. */
public enum AuditChannel implements Labelled {
    VIEW, API, EXPORT, JOB;

    @Override
    public String labelKey() {
        return "audit.channel." + name().toLowerCase(Locale.ROOT);
    }
}
