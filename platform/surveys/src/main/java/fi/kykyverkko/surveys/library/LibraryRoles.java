package fi.kykyverkko.surveys.library;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Set;

/**
 * Who may do what with a region's instrument library: the region's team (professionals, managers) and its admins
 * write and change definitions; everyone with a role in the region (network members, panel facilitators …) reads
 * them, since they send and answer surveys. Nobody reaches another region's library.
 */
public final class LibraryRoles {

    public static final Set<String> EDITORS = Set.of(Roles.PROFESSIONAL, Roles.MANAGER, Roles.TENANT_ADMIN);

    private LibraryRoles() {
    }

    public static boolean canRead(PortalUser user, TenantId tenant) {
        return user.canUse(tenant);
    }

    public static boolean canEdit(PortalUser user, TenantId tenant) {
        return user.rolesIn(tenant).stream().anyMatch(EDITORS::contains);
    }

    public static void requireReader(PortalUser user, TenantId tenant) {
        if (!canRead(user, tenant)) {
            throw new SecurityException(user.username() + " may not read the instrument library of " + tenant);
        }
    }

    public static void requireEditor(PortalUser user, TenantId tenant) {
        if (!canEdit(user, tenant)) {
            throw new SecurityException(user.username() + " may not change the instrument library of " + tenant);
        }
    }
}
