package fi.kykyverkko.shell.admin.mail;

import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;

/** The region's outbox for its tenant admins ({@link OutboxPage}), in the region of the address. */
@Route(value = "admin/outbox", layout = MainLayout.class)
public class OutboxView extends OutboxPage {

    @Inject
    public OutboxView(PortalSession session, OutboxAdmin admin, TenantRegistry registry) {
        super(session, admin, registry, false);
    }
}
