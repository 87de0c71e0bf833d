package fi.kykyverkko.consultations;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Set;

/**
 * Who does what with consultation hours in a region: the team, managers and admins organise series and see every
 * queue; professionals and network members (client managers of partner organisations) book cases, as far as a
 * series lets their profession or organisation; panel members see their own series' queues (checked per series).
 */
public final class ConsultationRoles {

    public static final Set<String> ORGANISERS = Set.of(Roles.PROFESSIONAL, Roles.MANAGER, Roles.TENANT_ADMIN);
    public static final Set<String> BOOKERS = Set.of(Roles.PROFESSIONAL, Roles.NETWORK_MEMBER, Roles.MANAGER, Roles.TENANT_ADMIN);
    /** Everyone who may see the list of series and their sessions (with deadlines). */
    public static final Set<String> READERS = Set.of(Roles.PROFESSIONAL, Roles.NETWORK_MEMBER, Roles.MANAGER, Roles.TENANT_ADMIN,
            Roles.PANEL_FACILITATOR);

    private ConsultationRoles() {
    }

    public static boolean canOrganise(PortalUser user, TenantId tenant) {
        return user.hasAnyRole(tenant, ORGANISERS);
    }

    public static void requireOrganiser(PortalUser user, TenantId tenant) {
        require(canOrganise(user, tenant), user, tenant, "organise consultation hours");
    }

    public static void requireBooker(PortalUser user, TenantId tenant) {
        require(user.hasAnyRole(tenant, BOOKERS), user, tenant, "book consultations");
    }

    public static void requireReader(PortalUser user, TenantId tenant) {
        require(user.hasAnyRole(tenant, READERS), user, tenant, "read consultation hours");
    }

    static void require(boolean allowed, PortalUser user, TenantId tenant, String what) {
        if (!allowed) {
            throw new SecurityException(user.username() + " may not " + what + " in " + tenant);
        }
    }
}
