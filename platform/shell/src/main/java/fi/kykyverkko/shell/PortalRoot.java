package fi.kykyverkko.shell;

import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.schema.StartupState;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

/**
 * The portal's bare address. Someone with a region is forwarded to the front page of the region they last worked
 * in ({@link ViewGuard}); someone in none (a platform administrator) gets the front page here, outside any region.
 */
@Route(value = "", layout = MainLayout.class, absolute = true)
@Typed(PortalRoot.class) // not also a HomeView bean: CDI must find exactly one bean for each route class
public class PortalRoot extends HomeView {

    @Inject
    public PortalRoot(PortalSession session, ModuleRegistry modules, TenantRegistry tenants, StartupState startup) {
        super(session, modules, tenants, startup);
    }
}
