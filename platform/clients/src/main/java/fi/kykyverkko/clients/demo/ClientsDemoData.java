package fi.kykyverkko.clients.demo;

import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientLanguage;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.consent.ConsentMethod;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.SourceType;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.demo.DemoData;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.privacy.IdentityCodeVault;
import fi.kykyverkko.kernel.schema.TenantsReady;
import fi.kykyverkko.kernel.tenancy.TenantChanged;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.people.Person;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A synthetic caseload for each demo region (only with {@code kyky.demo-data=true}, and only into a region with no
 * clients yet): the number of clients in {@code demo/clients/<region>/caseload.properties}, episodes started over the
 * last two years that move through the phases, referral sources in the proportions of Lapland's referral table (87
 * clients: municipal employment pilot 24, social services 16, TE services 14, disability services 12, the client
 * themself 7, other 6, health care 5, educational institutions 3), and end reasons with about half employed, as the
 * seed's employment coefficient (0.54). The demo professional is responsible for a caseload under the cap; Kela holds
 * valid consents for a few clients, one expired and one revoked. Identity codes use the individual numbers 900–999,
 * never issued to real people. Deterministic per region, so every installation shows the same demo.
 */
@ApplicationScoped
public class ClientsDemoData {

    private static final Logger LOG = Logger.getLogger(ClientsDemoData.class.getName());

    /** Lapland's referral table, in its order, by count. */
    static final Map<SourceType, Integer> LAPLAND_REFERRALS = Map.of(SourceType.MUNICIPAL_EMPLOYMENT_PILOT, 24,
            SourceType.SOCIAL_SERVICES, 16, SourceType.TE_SERVICES, 14, SourceType.DISABILITY_SERVICES, 12, SourceType.SELF, 7,
            SourceType.OTHER, 6, SourceType.HEALTH_CARE, 5, SourceType.EDUCATIONAL_INSTITUTION, 3);
    private static final SourceType[] SOURCE_ORDER = {SourceType.MUNICIPAL_EMPLOYMENT_PILOT, SourceType.SOCIAL_SERVICES,
            SourceType.TE_SERVICES, SourceType.DISABILITY_SERVICES, SourceType.SELF, SourceType.OTHER, SourceType.HEALTH_CARE,
            SourceType.EDUCATIONAL_INSTITUTION};
    /** End reasons by weight: about half employed (the seed's coefficient 0.54), the rest spread as the seeds tell. */
    private static final EndReason[] END_REASONS = {EndReason.EMPLOYED, EndReason.EMPLOYED, EndReason.EMPLOYED, EndReason.EMPLOYED,
            EndReason.EMPLOYED, EndReason.STUDIES, EndReason.REHABILITATION, EndReason.REFERRED_ELSEWHERE, EndReason.DROPPED_OUT,
            EndReason.PENSION, EndReason.MOVED, EndReason.OTHER};
    private static final String[] FIRST = {"Aino", "Eino", "Helmi", "Väinö", "Sanna", "Jari", "Mervi", "Timo", "Leena", "Mika", "Riikka",
            "Juha", "Elina", "Antti", "Katja", "Ville", "Tuula", "Petri", "Maarit", "Sami", "Outi", "Ahmed", "Olga", "Kaisa"};
    private static final String[] LAST = {"Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen",
            "Saarinen", "Salminen", "Laine", "Karjalainen", "Hämäläinen", "Ojala", "Kemppainen", "Turunen", "Rantanen", "Pelkonen"};
    private static final String[] PHASES = {"initial-screening", "investigation", "assessment", "team", "follow-up"};
    /** The demo professional's open job-coaching caseload stays under the IPS cap of 20. */
    private static final int DEMO_PROFESSIONAL_OPEN = 14;

    @Inject
    DemoData demo;

    @Inject
    TenantData data;

    @Inject
    TenantRegistry registry;

    @Inject
    IdentityCodeVault vault;

    void onTenantsReady(@Observes @Priority(3000) TenantsReady ready) {
        registry.all().forEach(tenant -> loadIfDemo(tenant.tenantId()));
    }

    void onTenantChanged(@Observes @Priority(3000) TenantChanged change) {
        loadIfDemo(change.tenant());
    }

    private void loadIfDemo(TenantId tenant) {
        Optional<byte[]> settings = demo.file(ClientsDemoData.class, "clients", tenant, "caseload.properties");
        if (settings.isEmpty()) {
            return;
        }
        try {
            java.util.Properties caseload = new java.util.Properties();
            caseload.load(new java.io.StringReader(new String(settings.get(), StandardCharsets.UTF_8)));
            load(tenant, Integer.parseInt(caseload.getProperty("clients")), caseload.getProperty("service"),
                    List.of(caseload.getProperty("municipalities", "").split(",")));
        } catch (RuntimeException | java.io.IOException e) {
            // demo data must never stop a region from starting
            LOG.log(Level.WARNING, "Demo caseload of " + tenant + " could not be loaded", e);
        }
    }

    @Transactional
    public void load(TenantId tenant, int count, String mainService, List<String> municipalities) {
        data.run(tenant, em -> {
            if (em.createQuery("SELECT COUNT(c) FROM Client c", Long.class).getSingleResult() > 0) {
                return;
            }
            List<Person> people = em.createQuery("SELECT p FROM Person p ORDER BY p.code", Person.class).getResultList();
            if (people.isEmpty()) {
                return; // the network comes first; the next start fills the caseload
            }
            Person professional = people.stream().filter(p -> (tenant.value() + ".professional").equals(p.getUsername())).findFirst()
                    .orElse(people.get(0));
            List<Person> colleagues = people.stream().filter(p -> p != professional).toList();
            List<Organisation> organisations = em.createQuery("SELECT o FROM Organisation o ORDER BY o.code", Organisation.class).getResultList();
            Optional<Organisation> kela = organisations.stream().filter(o -> "kela".equals(o.getCode())).findFirst();
            ClientService main = TenantStore.byCode(em, ClientService.class, mainService).orElseThrow();
            ClientService team = TenantStore.byCode(em, ClientService.class, "tyokykytiimi").orElseThrow();
            Random random = new Random(tenant.value().hashCode());
            LocalDate today = PortalTime.today();
            int mineOpen = 0;
            int consents = 0;
            for (int i = 0; i < count; i++) {
                Client client = Client.named(FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)]);
                client.setMunicipality(municipalities.get(random.nextInt(municipalities.size())).strip());
                client.setLanguage(random.nextInt(20) == 0 ? ClientLanguage.OTHER : random.nextInt(15) == 0 ? ClientLanguage.SV : ClientLanguage.FI);
                if (client.getLanguage() == ClientLanguage.OTHER) {
                    client.setInterpreterLanguage(random.nextBoolean() ? "arabia" : "venäjä");
                }
                if (random.nextInt(10) < 7) {
                    // distinct birth days, individual numbers 900–999: never a real person's code
                    client.identifyAs(IdentityCode.of(LocalDate.of(1962, 1, 1).plusDays(i * 131L + random.nextInt(100)), 900 + random.nextInt(100)),
                            tenant, vault);
                }
                Client saved = TenantStore.write(em, "demo", client);
                em.flush(); // the generated id, for the episode
                LocalDate start = today.minusDays(20 + random.nextInt(700));
                ClientService service = random.nextInt(4) == 0 ? team : main;
                Episode episode = Episode.open(saved.getId(), service.getId(), start, PHASES[0]);
                boolean mine = service == main && mineOpen < DEMO_PROFESSIONAL_OPEN && start.isAfter(today.minusDays(300));
                Person responsible = mine ? professional : colleagues.isEmpty() ? professional : colleagues.get(random.nextInt(colleagues.size()));
                episode.handOverTo(responsible.getId(), start);
                LocalDate day = start;
                int phases = 1 + random.nextInt(PHASES.length);
                for (int p = 1; p < phases; p++) {
                    LocalDate next = day.plusDays(10 + random.nextInt(60));
                    if (!next.isBefore(today)) {
                        break;
                    }
                    day = next;
                    episode.moveTo(PHASES[p], day);
                }
                boolean ends = !mine && random.nextInt(100) < 55;
                LocalDate endDay = day.plusDays(14 + random.nextInt(90));
                if (ends && endDay.isBefore(today)) {
                    episode.end(END_REASONS[random.nextInt(END_REASONS.length)], endDay);
                } else {
                    episode.planNextStep(random.nextBoolean() ? "Tapaaminen ja tilannekatsaus" : "Yhteydenotto työnantajaan",
                            today.plusDays(random.nextInt(30) - 7)); // some already overdue
                    if (mine) {
                        mineOpen++;
                    }
                }
                Episode stored = TenantStore.write(em, "demo", episode);
                em.flush();
                SourceType type = source(i, count);
                ReferralSource source = ReferralSource.of(stored.getId(), type, start);
                if (type != SourceType.SELF && !colleagues.isEmpty()) {
                    Person referrer = colleagues.get(random.nextInt(colleagues.size()));
                    source.referredBy(referrer.getOrganisation() == null ? null : referrer.getOrganisation().getId(), referrer.getName(),
                            referrer.getEmail(), null);
                }
                TenantStore.write(em, "demo", source);
                if (kela.isPresent() && consents < 7 && !stored.isEnded() && random.nextInt(3) == 0) {
                    consent(em, saved.getId(), kela.get().getId(), consents++, today);
                }
            }
            LOG.info(() -> "Demo caseload of " + tenant + " loaded: " + count + " clients");
        });
    }

    /** The i-th client's source, so the whole caseload has the table's proportions. */
    static SourceType source(int i, int count) {
        int position = (int) ((long) i * 87 / count);
        int seen = 0;
        for (SourceType type : SOURCE_ORDER) {
            seen += LAPLAND_REFERRALS.get(type);
            if (position < seen) {
                return type;
            }
        }
        return SourceType.OTHER;
    }

    /** Five valid consents for Kela, then one expired and one revoked: the demo of the consent gate. */
    private static void consent(EntityManager em, long clientId, long kela, int nth, LocalDate today) {
        Consent consent = nth == 5
                ? Consent.give(clientId, kela, EnumSet.of(DataCategory.EPISODES), today.minusYears(2), ConsentMethod.PAPER_FORM, today.minusMonths(3))
                : Consent.give(clientId, kela, EnumSet.of(DataCategory.EPISODES), today.minusDays(30), ConsentMethod.IN_PORTAL, today.plusMonths(11));
        if (nth == 6) {
            consent.revoke("demo", Instant.now());
        }
        TenantStore.write(em, "demo", consent);
    }
}
