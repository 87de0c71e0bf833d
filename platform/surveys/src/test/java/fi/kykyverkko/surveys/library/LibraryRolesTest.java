package fi.kykyverkko.surveys.library;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The team and the admins write the library, every member reads it, nobody outside the region does either. */
class LibraryRolesTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");

    private static PortalUser in(TenantId tenant, String role) {
        return new PortalUser("someone", "Someone", false, Map.of(tenant, Set.of(role)));
    }

    @Test
    void theTeamAndTheAdminsEditMembersRead() {
        for (String editor : Set.of(Roles.PROFESSIONAL, Roles.MANAGER, Roles.TENANT_ADMIN)) {
            assertTrue(LibraryRoles.canEdit(in(LAPPI, editor), LAPPI), editor);
            assertTrue(LibraryRoles.canRead(in(LAPPI, editor), LAPPI), editor);
        }
        for (String reader : Set.of(Roles.NETWORK_MEMBER, Roles.PANEL_FACILITATOR)) {
            assertFalse(LibraryRoles.canEdit(in(LAPPI, reader), LAPPI), reader);
            assertDoesNotThrow(() -> LibraryRoles.requireReader(in(LAPPI, reader), LAPPI));
            assertThrows(SecurityException.class, () -> LibraryRoles.requireEditor(in(LAPPI, reader), LAPPI));
        }
    }

    @Test
    void aRoleInOneRegionGivesNothingInAnother() {
        PortalUser lapland = in(LAPPI, Roles.PROFESSIONAL);
        assertFalse(LibraryRoles.canRead(lapland, KYMENLAAKSO));
        assertFalse(LibraryRoles.canEdit(lapland, KYMENLAAKSO));
        assertThrows(SecurityException.class, () -> LibraryRoles.requireReader(lapland, KYMENLAAKSO));
    }
}
