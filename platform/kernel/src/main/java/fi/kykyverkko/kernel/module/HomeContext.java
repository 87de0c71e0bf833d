package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Locale;
import java.util.Set;

/**
 * Who asks for front-page cards, in which tenant and in which language: cards are always computed for one
 * tenant, and a card's dates and times are written the way its reader's language writes them.
 */
public record HomeContext(TenantId tenant, PortalUser user, Locale language) {

    public static final Locale FINNISH = Locale.forLanguageTag("fi-FI");

    public HomeContext {
        language = language == null ? FINNISH : language;
    }

    /** Cards in Finnish. */
    public HomeContext(TenantId tenant, PortalUser user) {
        this(tenant, user, FINNISH);
    }

    public Set<String> roles() {
        return user.rolesIn(tenant);
    }

    public boolean hasAnyRole(String... roles) {
        return user.hasAnyRole(tenant, Set.of(roles));
    }
}
