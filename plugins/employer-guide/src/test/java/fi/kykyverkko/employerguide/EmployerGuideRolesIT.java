package fi.kykyverkko.employerguide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.identity.KeycloakAdmin;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Inside the portal: the plugin's role is known, has its Keycloak group, and demo people only where it is on. */
class EmployerGuideRolesIT extends PortalInsideTest {

    @Inject
    ModuleRegistry modules;

    @Inject
    KeycloakAdmin keycloak;

    @Test
    void thePluginsRoleIsARegionRoleWithADemoPersonWhereThePluginIsOn() {
        assertTrue(modules.tenantRoleNames().contains(EmployerGuideModule.EDITOR));
        String liaison = keycloak.userIdByUsername("lappi." + EmployerGuideModule.EDITOR).orElseThrow();
        assertTrue(keycloak.userGroupPaths(liaison).contains(PortalUser.groupPath(TenantId.of("lappi"), EmployerGuideModule.EDITOR)));
        assertTrue(keycloak.userIdByUsername("kymenlaakso." + EmployerGuideModule.EDITOR).isPresent());
        assertFalse(keycloak.userIdByUsername("keski-uusimaa." + EmployerGuideModule.EDITOR).isPresent(), "the plugin is off there");
    }
}
