package fi.kykyverkko.kernel.identity;

import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo people for the embedded stack (only when {@code kyky.demo-users=true}): in every demo region one user
 * per tenant role of every installed module ({@code <region>.<role>}, e.g. {@code lappi.professional}), a Kela expert who is a network
 * member in two regions, and a platform admin. All share the demo password; never enable this in production.
 */
@ApplicationScoped
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());
    static final List<String> DEMO_TENANTS = List.of("kymenlaakso", "lappi", "keski-uusimaa", "etela-savo");
    public static final String NETWORK_MEMBER = "kela.asiantuntija";
    public static final String PLATFORM_ADMIN = "paakayttaja";

    private static final Map<String, String[]> ROLE_NAMES = Map.of(
            Roles.TENANT_ADMIN, new String[] {"Tiina", "Ylläpitäjä"},
            Roles.PROFESSIONAL, new String[] {"Pekka", "Työkykykoordinaattori"},
            Roles.NETWORK_MEMBER, new String[] {"Nina", "Verkostojäsen"},
            Roles.PANEL_FACILITATOR, new String[] {"Fanni", "Fasilitaattori"},
            Roles.MANAGER, new String[] {"Maija", "Esihenkilö"});

    @Inject
    @ConfigProperty(name = "kyky.demo-users", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "kyky.demo-password", defaultValue = "Kykyverkko-demo-2026")
    String password;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    TenantIdentitySync identity;

    @Inject
    TenantRegistry registry;

    @Inject
    fi.kykyverkko.kernel.module.ModuleRegistry modules;

    public boolean enabled() {
        return enabled;
    }

    /** Creates whatever demo users are missing; existing ones are left as they are. */
    public void ensure() {
        if (!enabled) {
            return;
        }
        int created = 0;
        for (Tenant tenant : registry.all()) {
            if (!DEMO_TENANTS.contains(tenant.tenantId().value())) {
                continue;
            }
            // a demo person for every role of the modules the region has on
            for (fi.kykyverkko.kernel.module.ModuleRole moduleRole : modules.enabledFor(tenant).stream()
                    .flatMap(m -> m.roles().stream()).toList()) {
                String role = moduleRole.name();
                String username = tenant.tenantId().value() + "." + role;
                if (keycloak.userIdByUsername(username).isEmpty()) {
                    // a module's own role gets "Demo <role name>" as its demo person
                    String[] name = ROLE_NAMES.getOrDefault(role, new String[] {"Demo", capitalised(moduleRole.label().fi())});
                    String id = keycloak.ensureUser(username, username + "@demo.kykyverkko.invalid", name[0],
                            name[1], password, "fi"); // Keycloak refuses brackets in names
                    identity.grant(tenant.tenantId(), id, Set.of(role));
                    created++;
                }
            }
        }
        if (keycloak.userIdByUsername(NETWORK_MEMBER).isEmpty()) {
            String id = keycloak.ensureUser(NETWORK_MEMBER, "kela.asiantuntija@demo.kykyverkko.invalid", "Kaisa",
                    "Kelan ratkaisuasiantuntija", password, "fi");
            for (String tenant : List.of("lappi", "kymenlaakso")) {
                if (registry.find(TenantId.of(tenant)).isPresent()) {
                    identity.grant(TenantId.of(tenant), id, Set.of(Roles.NETWORK_MEMBER));
                }
            }
            created++;
        }
        if (keycloak.userIdByUsername(PLATFORM_ADMIN).isEmpty()) {
            String id = keycloak.ensureUser(PLATFORM_ADMIN, "paakayttaja@demo.kykyverkko.invalid", "Paula", "Pääkäyttäjä",
                    password, "fi");
            keycloak.assignRealmRole(id, Roles.PLATFORM_ADMIN);
            created++;
        }
        int count = created;
        if (count > 0) {
            LOG.info(() -> "Created " + count + " demo users in Keycloak (demo password from kyky.demo-password)");
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
