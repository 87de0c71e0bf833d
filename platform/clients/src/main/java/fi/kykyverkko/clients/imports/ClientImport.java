package fi.kykyverkko.clients.imports;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.ClientsModule;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.clients.clients.ClientLanguage;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.Labelled;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.exchange.csv.CsvWriter;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.privacy.IdentityCodeVault;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Imports a region's existing clients and their episodes, with each episode's dated phase history and reason for
 * ending, from the CSV or XLSX file the region kept them in ({@link ClientImportColumns}; what is imported and what
 * is reported: {@link ClientImportParser}). Only the region's team imports, as only the team registers.
 *
 * <p>One transaction per client: a client is stored with all its episodes or not at all, and a client the database
 * refuses (say, the same code registered by someone else meanwhile) is reported on its line while the others stay.
 * Each stored client writes one audit entry of its creation and one of its episodes' (channel JOB, location
 * {@value #LOCATION}: the kernel's channels have no import of their own); a code found already registered writes
 * the read the registration's duplicate check writes.
 */
@ApplicationScoped
public class ClientImport {

    /** The audit location of an import. */
    public static final String LOCATION = "import";

    private static final Logger LOG = Logger.getLogger(ClientImport.class.getName());

    @Inject
    TenantData data;

    @Inject
    IdentityCodeVault vault;

    @Inject
    ClientAudit audit;

    public ClientImportReport run(TenantId tenant, PortalUser user, byte[] file) {
        if (!ClientRoles.isTeam(user, tenant)) {
            throw new SecurityException("only the region's team imports clients");
        }
        Access access = Access.job(user, LOCATION).because("client import");
        ClientImportParser.Parsed parsed = new ClientImportParser(region(tenant)).parse(file);
        for (Long existing : parsed.registeredMatches()) {
            audit.record(tenant, access, existing, AuditAction.READ, DataCategory.IDENTITY_CONTACT);
        }
        int clients = 0;
        int episodes = 0;
        List<ImportLine> notSaved = new ArrayList<>();
        for (ClientPlan plan : parsed.clients()) {
            try {
                episodes += store(tenant, access, plan);
                clients++;
            } catch (RuntimeException refused) {
                // the kind only: a database message may quote the row
                LOG.warning(() -> "Import into " + tenant + ": the client of line " + plan.firstLine() + " was not stored: "
                        + refused.getClass().getSimpleName());
                notSaved.add(ImportLine.error(plan.firstLine(), "", "clients.import.not-saved"));
            }
        }
        ClientImportReport report = parsed.report(clients, episodes, notSaved);
        int created = clients;
        int episodesCreated = episodes;
        LOG.info(() -> "Client import (" + report.fileType() + ") into " + tenant + " by " + user.username() + ": " + report.rows()
                + " rows, " + created + " clients and " + episodesCreated + " episodes created, " + report.clientsSkipped()
                + " clients skipped");
        return report;
    }

    /** The client and its episodes in one transaction; the number of episodes stored. */
    private int store(TenantId tenant, Access access, ClientPlan plan) {
        return data.call(tenant, em -> {
            Client client = plan.client();
            if (plan.code() != null) {
                client.identifyAs(plan.code(), tenant, vault);
            }
            TenantStore.write(em, access.user().username(), client);
            em.flush(); // the id, before the episodes name it
            for (EpisodePlan episode : plan.episodes()) {
                Episode built = episode.build(client.getId(), episode.service().getId());
                TenantStore.write(em, access.user().username(), built);
            }
            em.flush();
            audit.record(tenant, access, client.getId(), AuditAction.CREATE, DataCategory.IDENTITY_CONTACT);
            if (!plan.episodes().isEmpty()) {
                audit.record(tenant, access, client.getId(), AuditAction.CREATE, DataCategory.EPISODES);
            }
            return plan.episodes().size();
        });
    }

    /** What the parser needs of the region, read now. */
    ClientImportParser.Region region(TenantId tenant) {
        List<Phase> phases = phases(tenant);
        List<ClientService> services = data.call(tenant, em -> em.createQuery(
                "SELECT s FROM ClientService s ORDER BY s.code", ClientService.class).getResultList());
        // a region's file names its few workers on thousands of rows: each address is looked up once
        Map<String, List<Long>> peopleByEmail = new HashMap<>();
        return new ClientImportParser.Region(phases, services,
                email -> peopleByEmail.computeIfAbsent(email, wanted -> data.call(tenant, em -> em.createQuery(
                        "SELECT p.id FROM Person p WHERE LOWER(p.email) = :email", Long.class).setParameter("email", wanted).getResultList())),
                code -> registered(tenant, code));
    }

    private Optional<Long> registered(TenantId tenant, IdentityCode code) {
        byte[] key = vault.lookupKey(tenant, code);
        return data.call(tenant, em -> em.createQuery("SELECT c.id FROM Client c WHERE c.identityLookup = :key", Long.class)
                .setParameter("key", key).getResultStream().findFirst());
    }

    private List<Phase> phases(TenantId tenant) {
        return data.call(tenant, em -> em.createQuery("SELECT p FROM Phase p ORDER BY p.position, p.id", Phase.class).getResultList());
    }

    /**
     * The file a region fills in, opened by double-click in Excel: the header with the region's phase columns, an
     * example row and a row of the values the choice columns take, both marked as comments the import skips, and a
     * note saying so.
     */
    public byte[] template(TenantId tenant, Locale language) {
        List<Phase> phases = phases(tenant);
        List<ClientService> services = data.call(tenant, em -> em.createQuery(
                "SELECT s FROM ClientService s WHERE s.active = TRUE ORDER BY s.code", ClientService.class).getResultList());
        return template(phases, services, language);
    }

    static byte[] template(List<Phase> phases, List<ClientService> services, Locale language) {
        ResourceBundle texts = ClientsModule.texts(language);
        List<String> header = ClientImportColumns.header(phases);
        List<Phase> phaseColumns = ClientImportColumns.phaseColumns(phases);
        String[] example = new String[header.size()];
        String[] allowed = new String[header.size()];
        String[] note = new String[header.size()];
        Arrays.fill(example, "");
        Arrays.fill(allowed, "");
        Arrays.fill(note, "");
        put(header, example, ClientImportColumns.CLIENT_REF, ClientImportParser.COMMENT + "1001");
        put(header, example, ClientImportColumns.FIRST_NAME, texts.getString("clients.import.example.first-name"));
        put(header, example, ClientImportColumns.LAST_NAME, texts.getString("clients.import.example.last-name"));
        put(header, example, ClientImportColumns.MUNICIPALITY, texts.getString("clients.import.example.municipality"));
        put(header, example, ClientImportColumns.LANGUAGE, ClientLanguage.FI.label(texts));
        put(header, example, ClientImportColumns.PHONE, "040 123 4567");
        put(header, example, ClientImportColumns.SERVICE, services.isEmpty() ? "" : services.get(0).getCode());
        put(header, example, ClientImportColumns.STARTED, "3.2.2025");
        if (!phaseColumns.isEmpty()) {
            put(header, example, phaseColumns.get(0).getCode(), "3.2.2025");
        }
        if (phaseColumns.size() > 1) {
            put(header, example, phaseColumns.get(1).getCode(), "17.3.2025");
        }
        put(header, example, ClientImportColumns.ENDED, "30.6.2025");
        put(header, example, ClientImportColumns.END_REASON, EndReason.EMPLOYED.label(texts));

        put(header, allowed, ClientImportColumns.CLIENT_REF, ClientImportParser.COMMENT + " " + texts.getString("clients.import.template-allowed"));
        put(header, allowed, ClientImportColumns.LANGUAGE, labels(ClientLanguage.values(), texts));
        put(header, allowed, ClientImportColumns.SERVICE, String.join(" | ", services.stream().map(ClientService::getCode).toList()));
        put(header, allowed, ClientImportColumns.STARTED, texts.getString("clients.import.template-day"));
        put(header, allowed, ClientImportColumns.END_REASON, labels(EndReason.values(), texts));
        put(header, note, ClientImportColumns.CLIENT_REF, ClientImportParser.COMMENT + " " + texts.getString("clients.import.template-note"));
        return CsvWriter.excel().toBytes(header, List.of(List.of(example), List.of(allowed), List.of(note)));
    }

    private static void put(List<String> header, String[] row, String column, String value) {
        row[header.indexOf(column)] = value;
    }

    private static String labels(Labelled[] values, ResourceBundle texts) {
        return String.join(" | ", Arrays.stream(values).map(v -> v.label(texts)).toList());
    }
}
