package fi.kykyverkko.kernel.identity;

import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantChanged;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Mirrors a tenant into Keycloak: the group {@code /tenants/<id>}, whose direct members are the tenant's people, and
 * its subgroups {@code /tenants/<id>/<role>} that carry their roles in that tenant. Idempotent, so it can run on every
 * start and whenever Keycloak comes back. (Until issue 17 the members were a Keycloak Organization's; the
 * Organizations Admin API needs manage-realm, which the portal's service account no longer holds.)
 */
@ApplicationScoped
public class TenantIdentitySync {

    private static final Logger LOG = Logger.getLogger(TenantIdentitySync.class.getName());

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    TenantRegistry registry;

    @Inject
    fi.kykyverkko.kernel.module.ModuleRegistry modules;

    /** A new or changed tenant gets its groups at once; if Keycloak is away, the start-up watcher retries. */
    void onChange(@Observes TenantChanged change) {
        registry.find(change.tenant()).ifPresent(tenant -> {
            try {
                sync(tenant);
            } catch (KeycloakAdmin.KeycloakException e) {
                LOG.warning(() -> "Keycloak groups for " + change.tenant() + " not created yet: " + e.getMessage()
                        + " (retried when Keycloak answers)");
            }
        });
    }

    /** Every tenant; run when Keycloak becomes reachable. */
    public void syncAll() {
        registry.all().forEach(this::sync);
    }

    /** @return the id of the tenant's group {@code /tenants/<id>} */
    public String sync(Tenant tenant) {
        roleGroups(tenant.tenantId());
        LOG.fine(() -> "Keycloak member and role groups in place for " + tenant.tenantId());
        return memberGroup(tenant.tenantId());
    }

    /** The id of {@code /tenants/<tenant>}, whose direct members are the tenant's people; created where missing. */
    public String memberGroup(TenantId tenant) {
        return keycloak.ensureSubgroup(keycloak.ensureGroup(PortalUser.TENANT_GROUP_ROOT), tenant.value());
    }

    /** Makes a person a member of the tenant with the given roles (added to what they have). */
    public void grant(TenantId tenant, String userId, Iterable<String> roles) {
        java.util.Map<String, String> groups = roleGroups(tenant);
        keycloak.joinGroup(userId, memberGroup(tenant));
        for (String role : roles) {
            if (!groups.containsKey(role)) {
                throw new IllegalArgumentException("not a tenant role: " + role);
            }
            keycloak.joinGroup(userId, groups.get(role));
        }
    }

    /** The group ids of {@code /tenants/<tenant>/<role>} for every role the installed modules declare, created where missing. */
    public java.util.Map<String, String> roleGroups(TenantId tenant) {
        String tenantGroup = memberGroup(tenant);
        java.util.Map<String, String> groups = new java.util.LinkedHashMap<>();
        for (String role : modules.tenantRoleNames()) {
            groups.put(role, keycloak.ensureSubgroup(tenantGroup, role));
        }
        return groups;
    }
}
