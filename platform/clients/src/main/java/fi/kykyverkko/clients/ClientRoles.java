package fi.kykyverkko.clients;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.module.ModuleRole;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Set;

/**
 * Who may do what with a region's clients. The region's own team (professionals, managers) works with every client;
 * a network member of another organisation sees a client only under a valid consent covering their organisation
 * ({@code consent.ClientGate}); the data protection officer searches the audit log and makes subject-access exports;
 * emergency access reads past a missing consent, with a reason that stands out in the audit log. The region's
 * settings ({@code settings.ClientsSettings}) are the manager's (services, phases, caps) and the data protection
 * officer's (retention). Tenant admins, as Primero does, see no client data.
 */
public final class ClientRoles {

    public static final ModuleRole DATA_PROTECTION = new ModuleRole("data-protection", "tietosuojavastaava",
            "dataskyddsombud", "data protection officer");
    public static final ModuleRole EMERGENCY_ACCESS = new ModuleRole("emergency-access", "hätäkäyttöoikeus",
            "nödåtkomst", "emergency access");

    /** Work with every client of the region: register, change episodes, record consents and referrals. */
    public static final Set<String> TEAM = Set.of(Roles.PROFESSIONAL, Roles.MANAGER);
    /** Everyone who may search clients at all (network members only find what consents show them). */
    public static final Set<String> READERS = Set.of(Roles.PROFESSIONAL, Roles.MANAGER, Roles.NETWORK_MEMBER,
            EMERGENCY_ACCESS.name());

    private ClientRoles() {
    }

    public static boolean isTeam(PortalUser user, TenantId tenant) {
        return user.rolesIn(tenant).stream().anyMatch(TEAM::contains);
    }

    public static boolean isManager(PortalUser user, TenantId tenant) {
        return user.rolesIn(tenant).contains(Roles.MANAGER);
    }

    public static boolean isDataProtection(PortalUser user, TenantId tenant) {
        return user.rolesIn(tenant).contains(DATA_PROTECTION.name());
    }

    public static boolean hasEmergencyAccess(PortalUser user, TenantId tenant) {
        return user.rolesIn(tenant).contains(EMERGENCY_ACCESS.name());
    }

    public static boolean canRead(PortalUser user, TenantId tenant) {
        return user.rolesIn(tenant).stream().anyMatch(READERS::contains);
    }

    /**
     * Refuses a change of client data by anyone but the region's team, and by the team under an emergency reason
     * (the override lets a read past a missing consent, never a write).
     */
    public static void requireTeam(PortalUser user, TenantId tenant, boolean emergency) {
        if (!isTeam(user, tenant) || emergency) {
            throw new SecurityException("only the region's team changes client data");
        }
    }
}
