package fi.kykyverkko.shell.admin.mail;

import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;

/** The outbox ({@link OutboxPage}) for platform admins, in no region (as the tenants view): any region's mail, chosen on the page. */
@Route(value = "admin/mail", layout = MainLayout.class, absolute = true)
public class PlatformOutboxView extends OutboxPage {

    @Inject
    public PlatformOutboxView(PortalSession session, OutboxAdmin admin, TenantRegistry registry) {
        super(session, admin, registry, true);
    }
}
