package fi.kykyverkko.clients.clients;

import fi.kykyverkko.kernel.audit.AuditChannel;
import fi.kykyverkko.kernel.identity.PortalUser;
import java.util.Objects;

/**
 * Who reaches client data, through what and why: what every call of {@link Clients} carries so that the audit
 * entry it writes names the reader. A view passes its route, the API its path, a job its name.
 */
public record Access(PortalUser user, AuditChannel channel, String location, String purpose) {

    public Access {
        Objects.requireNonNull(user, "who reads");
        Objects.requireNonNull(channel, "through which channel");
    }

    public static Access view(PortalUser user, String route) {
        return new Access(user, AuditChannel.VIEW, route, null);
    }

    public static Access api(PortalUser user, String path) {
        return new Access(user, AuditChannel.API, path, null);
    }

    public Access because(String why) {
        return new Access(user, channel, location, why);
    }
}
