package fi.kykyverkko.clients.ui;

import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;

/** The {@link Access} a view reads with: its route, and the emergency reason when the person gave one in this region. */
final class ClientAccess {

    private ClientAccess() {
    }

    static Access of(PortalUser user, TenantId tenant, String route) {
        Access access = Access.view(user, route);
        return EmergencyPanel.reason(tenant).map(access::inEmergency).orElse(access);
    }
}
