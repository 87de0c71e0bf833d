package fi.kykyverkko.clients.access;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.ClientsModule;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditEntry;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.exchange.csv.CsvWriter;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The audit log for the data protection officer: search it, and give a client their own access log ("who saw my
 * data and when"). Only the data-protection role reaches it; making a client's log is itself recorded as an export.
 */
@ApplicationScoped
public class AccessLogs {

    /** A subject-access log covers the client's whole history, in pages of the log's largest size. */
    static final int MAX_ENTRIES = 10_000;

    @Inject
    AuditLog log;

    @Inject
    ClientAudit audit;

    @Inject
    People people;

    /** A page of the log; the search is itself logged (the log tells whose data were looked at), about its client if it names one. */
    public List<AuditEntry> search(TenantId tenant, Access access, AuditFilter filter) {
        require(tenant, access);
        List<AuditEntry> entries = log.search(tenant, filter);
        Long subject = filter.subject() != null && filter.subject().matches("\\d{1,18}") ? Long.valueOf(filter.subject()) : null;
        audit.record(tenant, access, subject, AuditAction.SEARCH, DataCategory.IDENTITY_CONTACT);
        return entries;
    }

    /** Every entry about the client, newest first, up to {@link #MAX_ENTRIES}. */
    public List<AuditEntry> ofClient(TenantId tenant, Access access, long clientId) {
        require(tenant, access);
        List<AuditEntry> all = new ArrayList<>();
        AuditFilter page = AuditFilter.all().subject(clientId).limit(AuditFilter.MAX_PAGE);
        while (all.size() < MAX_ENTRIES) {
            List<AuditEntry> entries = log.search(tenant, page);
            all.addAll(entries);
            if (entries.size() < AuditFilter.MAX_PAGE) {
                break;
            }
            page = page.before(entries.get(entries.size() - 1).id());
        }
        audit.record(tenant, access, clientId, AuditAction.EXPORT, DataCategory.IDENTITY_CONTACT);
        return all;
    }

    /** The client's access log as CSV, in {@code language}: when, who, their organisation, what, how and why. */
    public byte[] csv(TenantId tenant, Access access, long clientId, Locale language) {
        List<AccessLine> lines = lines(tenant, ofClient(tenant, access, clientId), language);
        ResourceBundle t = ClientsModule.texts(language);
        List<String> header = List.of(t.getString("clients.access-log.when"), t.getString("clients.access-log.who"),
                t.getString("clients.access-log.organisation"), t.getString("clients.access-log.what"),
                t.getString("clients.access-log.action"), t.getString("clients.access-log.through"), t.getString("clients.access-log.why"));
        return CsvWriter.excel().toBytes(header, lines.stream().map(AccessLine::cells).toList());
    }

    /** The entries in words a client can read: a person's name instead of a username where the network knows them. */
    public List<AccessLine> lines(TenantId tenant, List<AuditEntry> entries, Locale language) {
        ResourceBundle kernel = auditTexts(language);
        ResourceBundle t = ClientsModule.texts(language);
        Map<String, String> names = new HashMap<>();
        List<AccessLine> lines = new ArrayList<>();
        for (AuditEntry entry : entries) {
            var e = entry.event();
            String who = names.computeIfAbsent(e.actor(), u -> people.forUser(tenant, u).map(Person::getName).orElse(u));
            String why = e.emergencyOverride() ? t.getString("clients.access-log.emergency") + ": " + e.overrideReason()
                    : e.purpose() == null ? "" : e.purpose();
            lines.add(new AccessLine(entry.when(language), who, e.organisation() == null ? "" : e.organisation(),
                    text(kernel, e.category().labelKey()), text(kernel, e.action().labelKey()),
                    text(kernel, e.channel().labelKey()) + (e.location() == null ? "" : " " + e.location()), why, e.emergencyOverride()));
        }
        return lines;
    }

    /** The kernel's names of the log's categories, actions and channels, in {@code language}. */
    public static ResourceBundle auditTexts(Locale language) {
        return ResourceBundle.getBundle(AuditLog.BUNDLE, language, AuditLog.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String text(ResourceBundle bundle, String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static void require(TenantId tenant, Access access) {
        if (!ClientRoles.isDataProtection(access.user(), tenant)) {
            throw new SecurityException("the audit log is for the data protection officer");
        }
    }

    /** One line of a client's access log, in words. */
    public record AccessLine(String when, String who, String organisation, String what, String action, String through, String why,
            boolean emergency) {

        List<String> cells() {
            return List.of(when, who, organisation, what, action, through, why);
        }
    }
}
