package fi.kykyverkko.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalUserTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    private static final Set<TenantId> KNOWN = Set.of(LAPPI, KYMENLAAKSO);
    private static final Set<String> ROLES = Set.of("tenant-admin", "professional", "network-member", "manager");

    @Test
    void rolesHoldPerTenant() {
        PortalUser kelaExpert = PortalUser.fromClaims("kela", "Kela Asiantuntija",
                List.of("/tenants/lappi/network-member", "/tenants/kymenlaakso/tenant-admin"), List.of(), KNOWN, ROLES);
        assertEquals(Set.of(LAPPI, KYMENLAAKSO), kelaExpert.tenants());
        assertEquals(Set.of("network-member"), kelaExpert.rolesIn(LAPPI));
        assertEquals(Set.of("tenant-admin"), kelaExpert.rolesIn(KYMENLAAKSO));
        assertFalse(kelaExpert.hasAnyRole(LAPPI, List.of("tenant-admin")));
        assertTrue(kelaExpert.hasAnyRole(KYMENLAAKSO, List.of("tenant-admin")));
    }

    @Test
    void aPersonBelongsToTheTenantsWhereTheyHoldARole() {
        PortalUser user = PortalUser.fromClaims("x", "X", List.of("/tenants/lappi/professional"), List.of(), KNOWN, ROLES);
        assertEquals(Set.of(LAPPI), user.tenants());
        assertFalse(user.canUse(KYMENLAAKSO));
        assertTrue(user.rolesIn(KYMENLAAKSO).isEmpty());
    }

    @Test
    void unknownTenantsMalformedPathsAndUnknownRolesAreIgnored() {
        PortalUser user = PortalUser.fromClaims("x", "X",
                List.of("/tenants/lappi/superuser", "/other/lappi/professional", "/tenants/lappi", "/tenants/lappi/manager/extra",
                        "/tenants/no-such/professional", "/tenants/Bad Alias/professional"),
                List.of("offline_access"), KNOWN, ROLES);
        assertTrue(user.tenants().isEmpty());
        assertTrue(user.rolesIn(LAPPI).isEmpty());
        assertFalse(user.platformAdmin());
    }

    @Test
    void platformAdminIsARealmRole() {
        PortalUser admin = PortalUser.fromClaims("root", "Pääkäyttäjä", List.of(), List.of("platform-admin"), KNOWN, ROLES);
        assertTrue(admin.platformAdmin());
        assertTrue(admin.tenants().isEmpty());
        assertEquals("/tenants/lappi/professional", PortalUser.groupPath(LAPPI, "professional"));
    }
}
