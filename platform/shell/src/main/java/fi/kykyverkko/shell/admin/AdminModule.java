package fi.kykyverkko.shell.admin;

import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** Administration is a module like any other: platform admins manage regions, tenant admins their people and modules. */
@ApplicationScoped
public class AdminModule extends DeclaredModule {

    public AdminModule() {
        super("admin", new LocalizedText("Ylläpito", "Administration", "Administration"), true);
    }

    @Override
    public int menuOrder() {
        return 1000; // administration comes last
    }

    @Override
    public String tenantMigrations() {
        return null;
    }

    @Override
    public List<ModuleView> views() {
        return List.of(
                new ModuleView(TenantsView.class, "admin.tenants.title", "vaadin:globe", Set.of(Roles.PLATFORM_ADMIN), true),
                new ModuleView(TenantAdminView.class, "admin.region.title", "vaadin:users", Set.of(Roles.TENANT_ADMIN), true),
                new ModuleView(fi.kykyverkko.shell.admin.mail.OutboxView.class, "outbox.title", "vaadin:envelope", Set.of(Roles.TENANT_ADMIN), true),
                new ModuleView(fi.kykyverkko.shell.admin.mail.PlatformOutboxView.class, "outbox.title", "vaadin:envelope", Set.of(Roles.PLATFORM_ADMIN), true));
    }
}
