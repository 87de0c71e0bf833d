package fi.kykyverkko.kernel.audit;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** What was done with the data. Stored by name: never rename a constant. */
public enum AuditAction implements Labelled {
    READ, CREATE, UPDATE, EXPORT, SEARCH;

    /** A search or an export may cover many clients, so only these may leave the subject out. */
    boolean needsSubject() {
        return this != SEARCH && this != EXPORT;
    }

    @Override
    public String labelKey() {
        return "audit.action." + name().toLowerCase(Locale.ROOT);
    }
}
