package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Set;

/** Who asks for front-page cards, and in which tenant: cards are always computed for one tenant. */
public record HomeContext(TenantId tenant, PortalUser user) {

    public Set<String> roles() {
        return user.rolesIn(tenant);
    }

    public boolean hasAnyRole(String... roles) {
        return user.hasAnyRole(tenant, Set.of(roles));
    }
}
