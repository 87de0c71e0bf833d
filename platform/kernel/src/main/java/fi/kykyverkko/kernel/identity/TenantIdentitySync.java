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
 * Mirrors a tenant into Keycloak: an Organization (alias = tenant id) whose members are the tenant's people,
 * and groups {@code /tenants/<id>/<role>} that carry their roles in that tenant. Idempotent, so it can run
 * on every start and whenever Keycloak comes back.
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

    /** A new or changed tenant gets its organization at once; if Keycloak is away, the start-up watcher retries. */
    void onChange(@Observes TenantChanged change) {
        registry.find(change.tenant()).ifPresent(tenant -> {
            try {
                sync(tenant);
            } catch (KeycloakAdmin.KeycloakException e) {
                LOG.warning(() -> "Keycloak organization for " + change.tenant() + " not created yet: " + e.getMessage()
                        + " (retried when Keycloak answers)");
            }
        });
    }

    /** Every tenant; run when Keycloak becomes reachable. */
    public void syncAll() {
        registry.all().forEach(this::sync);
    }

    /** @return the organization's id */
    public String sync(Tenant tenant) {
        // Keycloak wants organization names unique: two regions may share a display name, never an id
        String organization = keycloak.ensureOrganization(tenant.tenantId().value(), tenant.names().fi() + " – " + tenant.tenantId().value());
        roleGroups(tenant.tenantId());
        LOG.fine(() -> "Keycloak organization and role groups in place for " + tenant.tenantId());
        return organization;
    }

    /** Makes a person a member of the tenant with the given roles (added to what they have). */
    public void grant(TenantId tenant, String userId, Iterable<String> roles) {
        String organization = keycloak.organizationId(tenant.value())
                .orElseThrow(() -> new KeycloakAdmin.KeycloakException("tenant " + tenant + " has no organization in Keycloak yet"));
        keycloak.addOrganizationMember(organization, userId);
        java.util.Map<String, String> groups = roleGroups(tenant);
        for (String role : roles) {
            if (!groups.containsKey(role)) {
                throw new IllegalArgumentException("not a tenant role: " + role);
            }
            keycloak.joinGroup(userId, groups.get(role));
        }
    }

    /** The group ids of {@code /tenants/<tenant>/<role>} for every role the installed modules declare, created where missing. */
    public java.util.Map<String, String> roleGroups(TenantId tenant) {
        String tenantGroup = keycloak.ensureSubgroup(keycloak.ensureGroup(PortalUser.TENANT_GROUP_ROOT), tenant.value());
        java.util.Map<String, String> groups = new java.util.LinkedHashMap<>();
        for (String role : modules.tenantRoleNames()) {
            groups.put(role, keycloak.ensureSubgroup(tenantGroup, role));
        }
        return groups;
    }
}
