package fi.kykyverkko.clients.clients;

import fi.kykyverkko.kernel.audit.AuditChannel;
import fi.kykyverkko.kernel.identity.PortalUser;
import java.util.Objects;

/**
 * Who reaches client data, through what and why: what every call of the module's services carries so that the
 * audit entry it writes names the reader. A view passes its route, the API its path, a job or an export its name.
 * An emergency reason, given by someone holding the emergency-access role, lets the read past a missing consent and
 * marks every entry it writes as an override.
 */
public record Access(PortalUser user, AuditChannel channel, String location, String purpose, String emergencyReason) {

    public Access {
        Objects.requireNonNull(user, "who reads");
        Objects.requireNonNull(channel, "through which channel");
        emergencyReason = emergencyReason == null || emergencyReason.isBlank() ? null : emergencyReason.strip();
    }

    public Access(PortalUser user, AuditChannel channel, String location, String purpose) {
        this(user, channel, location, purpose, null);
    }

    public static Access view(PortalUser user, String route) {
        return new Access(user, AuditChannel.VIEW, route, null);
    }

    public static Access api(PortalUser user, String path) {
        return new Access(user, AuditChannel.API, path, null);
    }

    public static Access export(PortalUser user, String what) {
        return new Access(user, AuditChannel.EXPORT, what, null);
    }

    public static Access job(PortalUser user, String name) {
        return new Access(user, AuditChannel.JOB, name, null);
    }

    public Access because(String why) {
        return new Access(user, channel, location, why, emergencyReason);
    }

    /** The same access under emergency override, for {@code reason}. */
    public Access inEmergency(String reason) {
        return new Access(user, channel, location, purpose, reason);
    }

    public boolean emergency() {
        return emergencyReason != null;
    }
}
