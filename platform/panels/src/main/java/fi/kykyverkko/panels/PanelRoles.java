package fi.kykyverkko.panels;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Set;

/**
 * Who works with panels in a region: panel facilitators, the team's professionals, managers and admins run panels,
 * their members, meetings and idea boards. Members have no account: their page is behind their personal link.
 */
public final class PanelRoles {

    public static final Set<String> STAFF = Set.of(Roles.PANEL_FACILITATOR, Roles.PROFESSIONAL, Roles.MANAGER, Roles.TENANT_ADMIN);

    private PanelRoles() {
    }

    public static boolean isStaff(PortalUser user, TenantId tenant) {
        return user.hasAnyRole(tenant, STAFF);
    }

    public static void requireStaff(PortalUser user, TenantId tenant) {
        if (!isStaff(user, tenant)) {
            throw new SecurityException(user.username() + " may not work with panels in " + tenant);
        }
    }
}
