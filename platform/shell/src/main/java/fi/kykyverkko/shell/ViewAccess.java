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

    /** The menu entries the person may use in the active tenant, in module order. */
    static java.util.List<ModuleView> menu(PortalSession session, ModuleRegistry modules) {
        java.util.List<ModuleView> views = new java.util.ArrayList<>();
        for (PortalModule module : modules.all()) {
            for (ModuleView view : module.views()) {
                if (view.inMenu() && allows(session, modules, module, view)) {
                    views.add(view);
                }
            }
        }
        return views;
    }

    /** The route class of a view, typed for Vaadin (modules declare it loosely so the kernel needs no Vaadin). */
    static Class<? extends com.vaadin.flow.component.Component> route(ModuleView view) {
        return route(view.route());
    }

    /** A route class a module names (a view or a home-card link), typed for Vaadin. */
    @SuppressWarnings("unchecked")
    static Class<? extends com.vaadin.flow.component.Component> route(Class<?> route) {
        return (Class<? extends com.vaadin.flow.component.Component>) route;
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
