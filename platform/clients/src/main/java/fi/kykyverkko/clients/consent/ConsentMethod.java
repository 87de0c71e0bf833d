package fi.kykyverkko.clients.consent;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** How the client gave the consent. Stored by name: never rename a constant. */
public enum ConsentMethod implements Labelled {
    /** Recorded in the portal with the client present. */
    IN_PORTAL,
    /** A signed paper form, scanned and attached to the consent. */
    PAPER_FORM;

    @Override
    public String labelKey() {
        return "clients.consent.method." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
