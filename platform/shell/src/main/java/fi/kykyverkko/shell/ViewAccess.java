package fi.kykyverkko.shell;

import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.shell.security.PortalSession;
import java.util.Optional;

/** The one rule for whether a user may see a module's view in the active tenant; the menu and the route guard both ask it. */
final class ViewAccess {

    private ViewAccess() {
    }

    static boolean allows(PortalSession session, ModuleRegistry modules, PortalModule module, ModuleView view) {
        if (view.roles().contains(Roles.PLATFORM_ADMIN) && session.user().platformAdmin()) {
            return true; // platform administration is not inside any tenant
        }
        Optional<Tenant> tenant = session.activeTenantDetails();
        if (tenant.isEmpty()) {
            return module.core() && view.roles().isEmpty(); // e.g. the front page, which explains what to do
        }
        if (!modules.isEnabled(module, tenant.get())) {
            return false;
        }
        return session.user().hasAnyRole(tenant.get().tenantId(), view.roles());
    }
}
