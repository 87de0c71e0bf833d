package fi.kykyverkko.shell.admin;

import fi.kykyverkko.kernel.identity.TenantIdentitySync;
import fi.kykyverkko.kernel.identity.KeycloakAdmin;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.InvalidTenantDefinitionException;
import fi.kykyverkko.kernel.tenancy.TenantDefinitionParser;
import fi.kykyverkko.kernel.tenancy.TenantExistsException;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.List;
import java.util.Set;

/**
 * What the administration views do, as a service: a region created here goes through the same validation as
 * a definition file, gets its schema, Keycloak member and role groups at once, and its creator becomes
 * its first administrator.
 */
@ApplicationScoped
public class TenantAdministration {

    @Inject
    TenantProvisioner provisioner;

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantIdentitySync identity;

    @Inject
    KeycloakAdmin keycloak;

    public void create(String id, String nameFi, String nameSv, String nameEn, String organisation, List<String> municipalities,
                       String theme, Set<String> moduleIds, String creatorUsername)
            throws InvalidTenantDefinitionException, TenantExistsException {
        String json = Json.createObjectBuilder()
                .add("id", id)
                .add("names", Json.createObjectBuilder().add("fi", nameFi).add("sv", nameSv).add("en", nameEn))
                .add("organisation", organisation)
                .add("municipalities", Json.createArrayBuilder(municipalities))
                .add("modules", Json.createArrayBuilder(moduleIds.stream().sorted().toList()))
                .add("theme", theme == null ? "base" : theme)
                .build().toString();
        var definition = new TenantDefinitionParser(modules.installedIds()).parse("UI", json, null).definition();
        provisioner.create(definition, "UI by " + creatorUsername);
        keycloak.userIdByUsername(creatorUsername)
                .ifPresent(userId -> identity.grant(definition.id(), userId, Set.of(Roles.TENANT_ADMIN)));
    }

    public void setModules(TenantId tenant, Set<String> moduleIds) {
        provisioner.setModules(tenant, moduleIds);
    }
}
