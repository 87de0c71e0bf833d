package fi.kykyverkko.kernel.identity;

import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who is logged in and what they may do, per tenant. Built from the Keycloak token: roles in a tenant are
 * the groups {@code /tenants/<tenant>/<role>}, and the tenants a person belongs to are those where they hold a
 * role; {@code platform-admin} is a realm role. (Keycloak organizations mirror membership for administration,
 * but the token does not carry them: requesting them makes Keycloak ask people in several to pick one.)
 */
public record PortalUser(String username, String displayName, boolean platformAdmin,
                         Map<TenantId, Set<String>> rolesByTenant) implements Serializable {

    public static final String TENANT_GROUP_ROOT = "tenants";

    public PortalUser {
        Map<TenantId, Set<String>> copy = new TreeMap<>();
        rolesByTenant.forEach((t, r) -> copy.put(t, Set.copyOf(r)));
        rolesByTenant = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * @param groupPaths    full group paths from the {@code tenant_roles} claim
     * @param realmRoles    realm roles from the {@code groups} claim
     * @param knownTenants  tenants in the registry; anything else in the token is ignored
     * @param knownRoles    roles the installed modules declare; groups for any other name are ignored
     */
    public static PortalUser fromClaims(String username, String displayName, Collection<String> groupPaths,
                                        Collection<String> realmRoles, Set<TenantId> knownTenants, Set<String> knownRoles) {
        Map<TenantId, Set<String>> roles = new TreeMap<>();
        for (String path : groupPaths) {
            String[] parts = path.split("/");
            // "/tenants/lappi/professional" → ["", "tenants", "lappi", "professional"]
            if (parts.length == 4 && parts[1].equals(TENANT_GROUP_ROOT) && knownRoles.contains(parts[3])
                    && TenantId.problemWith(parts[2]) == null && knownTenants.contains(TenantId.of(parts[2]))) {
                roles.computeIfAbsent(TenantId.of(parts[2]), t -> new TreeSet<>()).add(parts[3]);
            }
        }
        return new PortalUser(username, displayName, realmRoles.contains(Roles.PLATFORM_ADMIN), roles);
    }

    public Set<TenantId> tenants() {
        return rolesByTenant.keySet();
    }

    public boolean canUse(TenantId tenant) {
        return rolesByTenant.containsKey(tenant);
    }

    /** Roles in {@code tenant}; platform admins also count as tenant admins everywhere they are members. */
    public Set<String> rolesIn(TenantId tenant) {
        Set<String> roles = new TreeSet<>(rolesByTenant.getOrDefault(tenant, Set.of()));
        if (platformAdmin) {
            roles.add(Roles.PLATFORM_ADMIN);
        }
        return roles;
    }

    public boolean hasAnyRole(TenantId tenant, Collection<String> wanted) {
        if (wanted.isEmpty()) {
            return canUse(tenant) || platformAdmin;
        }
        Set<String> held = rolesIn(tenant);
        return wanted.stream().anyMatch(held::contains);
    }

    /** The group path that grants {@code role} in {@code tenant}. */
    public static String groupPath(TenantId tenant, String role) {
        return "/" + TENANT_GROUP_ROOT + "/" + tenant.value() + "/" + role;
    }
}
