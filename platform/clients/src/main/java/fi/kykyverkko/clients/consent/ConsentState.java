package fi.kykyverkko.clients.consent;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** Where a consent stands on a day: only {@link #VALID} lets data through. */
public enum ConsentState implements Labelled {
    NOT_YET, VALID, EXPIRED, REVOKED;

    @Override
    public String labelKey() {
        return "clients.consent.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
