package fi.kykyverkko.shell.admin.mail;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.mail.MailOutbox;
import fi.kykyverkko.kernel.mail.MailStatus;
import fi.kykyverkko.kernel.mail.OutgoingMail;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admins' reading of a region's outbox: a region's tenant admin reads and retries that region's mail, a platform
 * admin any region's; anyone else (another region's admin included) is refused. The outbox itself is one region's by
 * construction ({@link MailOutbox} works in one schema), so a message id of another region finds nothing.
 */
@ApplicationScoped
public class OutboxAdmin {

    /** The newest messages the view lists. */
    static final int SHOWN = 200;

    @Inject
    MailOutbox outbox;

    public static boolean allowed(PortalUser user, TenantId tenant) {
        return user.platformAdmin() || user.rolesIn(tenant).contains(Roles.TENANT_ADMIN);
    }

    private static void require(PortalUser user, TenantId tenant) {
        if (!allowed(user, tenant)) {
            throw new SecurityException(user.username() + " may not read the outbox of " + tenant);
        }
    }

    public List<OutgoingMail> list(PortalUser user, TenantId tenant, MailStatus status) {
        require(user, tenant);
        return outbox.list(tenant, status, SHOWN);
    }

    public Map<MailStatus, Long> counts(PortalUser user, TenantId tenant) {
        require(user, tenant);
        return outbox.countByStatus(tenant);
    }

    public Optional<OutgoingMail> open(PortalUser user, TenantId tenant, long id) {
        require(user, tenant);
        return outbox.find(tenant, id);
    }

    /** Tries a retrying or given-up message again now; the sender picks it up on its next run (every 30 s). */
    public OutgoingMail retryNow(PortalUser user, TenantId tenant, long id) {
        require(user, tenant);
        return outbox.retryNow(tenant, id, Instant.now());
    }
}
