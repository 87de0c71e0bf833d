package fi.kykyverkko.clients.clients;

import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditEvent;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.people.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes the module's audit entries: one per read or change of client data, naming who (their roles in the region and
 * their organisation from the network), which client, which category, through what and why. Every service of the
 * module records through here before it returns data, so a failed write fails the call.
 */
@ApplicationScoped
public class ClientAudit {

    @Inject
    AuditLog audit;

    @Inject
    People people;

    public void record(TenantId tenant, Access access, Long clientId, AuditAction action, DataCategory category) {
        audit.record(event(tenant, access, organisation(tenant, access), clientId, action, category));
    }

    /**
     * One act that reads or changes several categories of one client's data (the client card): one entry per
     * category, written together in one transaction, the reader's organisation looked up once.
     */
    public void recordAll(TenantId tenant, Access access, long clientId, AuditAction action, java.util.Collection<DataCategory> categories) {
        String organisation = organisation(tenant, access);
        audit.recordAll(categories.stream().map(c -> event(tenant, access, organisation, clientId, action, c)).toList());
    }

    private String organisation(TenantId tenant, Access access) {
        return people.organisationCodeOf(tenant, access.user().username()).orElse(null);
    }

    private static AuditEvent event(TenantId tenant, Access access, String organisation, Long clientId, AuditAction action,
                                    DataCategory category) {
        AuditEvent.Builder event = AuditEvent.in(tenant).by(access.user(), organisation).did(action, category)
                .through(access.channel(), access.location()).purpose(access.purpose());
        if (clientId != null) {
            event.subject(clientId);
        }
        if (access.emergency()) {
            event.emergencyOverride(access.emergencyReason());
        }
        return event.build();
    }
}
