package fi.kykyverkko.networks;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Set;

/**
 * Who may do what in a region's network. Everybody in the region reads the network and the catalogue (every
 * member should be able to tell a client about the whole network's services); regional staff and tenant admins
 * maintain everything; a network member maintains their own organisation, its services and the groups they
 * convene; panel facilitators also run events; managers read.
 */
public final class NetworkAccess {

    public static final Set<String> READERS = Set.of(Roles.TENANT_ADMIN, Roles.PROFESSIONAL, Roles.NETWORK_MEMBER,
            Roles.PANEL_FACILITATOR, Roles.MANAGER);
    public static final Set<String> EDITORS = Set.of(Roles.TENANT_ADMIN, Roles.PROFESSIONAL);
    public static final Set<String> EVENT_EDITORS = Set.of(Roles.TENANT_ADMIN, Roles.PROFESSIONAL, Roles.PANEL_FACILITATOR);

    private NetworkAccess() {
    }

    public static boolean canRead(PortalUser user, TenantId tenant) {
        return user.hasAnyRole(tenant, READERS);
    }

    public static boolean canEditAll(PortalUser user, TenantId tenant) {
        return user.hasAnyRole(tenant, EDITORS);
    }

    public static boolean canEditEvents(PortalUser user, TenantId tenant) {
        return user.hasAnyRole(tenant, EVENT_EDITORS);
    }

    public static boolean isNetworkMember(PortalUser user, TenantId tenant) {
        return user.hasAnyRole(tenant, Set.of(Roles.NETWORK_MEMBER));
    }

    /** Thrown when someone tries what their roles do not allow; views hide such actions, so this is a guard. */
    public static void require(boolean allowed) {
        if (!allowed) {
            throw new SecurityException("not allowed");
        }
    }
}
