package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.identity.KeycloakAdmin;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.identity.TenantMembers;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Inside Payara Micro against the real Keycloak: member and role groups, memberships and roles, module enablement. */
class IdentityIT extends PortalInsideTest {

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantRegistry registry;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    TenantMembers members;

    @Inject
    ModuleRegistry modules;

    @Test
    void everyRegionHasItsMemberAndRoleGroupsInKeycloak() {
        String lappiProfessional = keycloak.userIdByUsername("lappi.professional").orElseThrow();
        assertTrue(keycloak.userGroupPaths(lappiProfessional).contains("/tenants/lappi/professional"));
        for (String region : List.of("kymenlaakso", "lappi", "keski-uusimaa", "etela-savo")) {
            assertTrue(members.list(TenantId.of(region)).stream().anyMatch(m -> m.username().equals(region + ".tenant-admin")
                    && m.roles().contains("tenant-admin")), region);
        }
    }

    @Test
    void aNewTenantGetsItsGroupsAndInvitedPeopleGetTheirRoles() throws Exception {
        TenantId id = TenantId.of("it-identity-" + UUID.randomUUID().toString().substring(0, 6));
        provisioner.create(new TenantDefinition(id, new LocalizedText("Testi", "Test", "Test"), "Testi", List.of("Testilä"),
                Set.of(), "base", List.of()), "IdentityIT");
        assertTrue(members.list(id).isEmpty(), "a new region has its (empty) member group");

        String email = id.value() + "@example.invalid";
        assertTrue(members.invite(id, email, "Irma", "Testaaja", Set.of("professional", "manager"), "fi"));
        TenantMembers.Member member = members.list(id).stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow();
        assertEquals(Set.of("manager", "professional"), member.roles());

        assertTrue(keycloak.userGroupPaths(member.userId()).contains("/tenants/" + id.value()), "member of the region's group");

        members.setRoles(id, member.userId(), Set.of("tenant-admin"));
        assertEquals(Set.of("tenant-admin"), members.list(id).get(0).roles());
        members.setRoles(id, member.userId(), Set.of());
        assertEquals(List.of(Set.of()), members.list(id).stream().map(TenantMembers.Member::roles).toList(),
                "a member without roles is still listed, as with the organizations before");
        members.setRoles(id, member.userId(), Set.of("tenant-admin"));
        // roles hold per tenant: nothing leaked into another region
        assertFalse(keycloak.userGroupPaths(member.userId()).stream().anyMatch(p -> p.startsWith("/tenants/lappi/")));
        PortalUser user = PortalUser.fromClaims(email, "Irma", keycloak.userGroupPaths(member.userId()), List.of(),
                Set.of(id, TenantId.of("lappi")), modules.tenantRoleNames());
        assertEquals(Set.of(id), user.tenants());
    }

    @Test
    void modulesAreSwitchedPerTenant() {
        Tenant lappi = registry.require(TenantId.of("lappi"));
        PortalModule kernel = modules.find("kernel").orElseThrow();
        PortalModule admin = modules.find("admin").orElseThrow();
        assertTrue(modules.isEnabled(kernel, lappi) && modules.isEnabled(admin, lappi), "core modules are always on");
        Set<String> before = lappi.modules();
        Set<String> kymenlaaksoBefore = registry.require(TenantId.of("kymenlaakso")).modules();
        try {
            provisioner.setModules(lappi.tenantId(), Set.of("lifestyle-coaching"));
            assertEquals(Set.of("lifestyle-coaching"), registry.require(lappi.tenantId()).modules());
            assertEquals(kymenlaaksoBefore, registry.require(TenantId.of("kymenlaakso")).modules(), "other tenants untouched");
        } finally {
            provisioner.setModules(lappi.tenantId(), before);
        }
        assertEquals(before, registry.require(lappi.tenantId()).modules());
    }
}
