package fi.kykyverkko.clients.clients;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** The language a client is served in; OTHER usually comes with an interpreter language. Stored by name. */
public enum ClientLanguage implements Labelled {
    FI, SV, OTHER;

    @Override
    public String labelKey() {
        return "clients.language." + name().toLowerCase(Locale.ROOT);
    }
}
