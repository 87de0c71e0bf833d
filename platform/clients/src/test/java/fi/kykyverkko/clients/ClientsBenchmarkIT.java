package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.card.ClientCards;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.consent.ConsentMethod;
import fi.kykyverkko.clients.consent.Consents;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.Referrals;
import fi.kykyverkko.clients.referrals.SourceType;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.privacy.IdentityCodeVault;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The clients module's performance goals, measured inside Payara Micro on the real MariaDB (not a test: the portal's
 * failsafe configuration excludes {@code *BenchmarkIT} from the suite; run it as platform/clients/README.md
 * "Performance" says):
 * <ul>
 * <li>client search by name or by identity code over 100 000 clients of one region, ≤ 50 ms server-side;</li>
 * <li>auditing adds ≤ 10 % to opening a client card.</li>
 * </ul>
 * It fills a region of its own, times the services the views call (each search and card open with its audit entry,
 * as in use), and writes the figures to {@code target/benchmarks/clients.md} of the module that runs it and to the
 * server log. The audit's share is measured by timing the card's audit write alone ({@link ClientAudit#recordAll},
 * the same entries the card writes, from inside a transaction as the card makes them) interleaved with whole card
 * opens, so both see the same machine.
 */
class ClientsBenchmarkIT extends PortalInsideTest {

    private static final Logger LOG = Logger.getLogger(ClientsBenchmarkIT.class.getName());
    private static final int CLIENTS = Integer.getInteger("bench.clients", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 500);
    private static final int CARDS = 200;
    private static final String[] FIRST = {"Aino", "Eino", "Helmi", "Väinö", "Sofia", "Onni", "Aada", "Leo", "Kerttu", "Juhani",
            "Maria", "Mikko", "Liisa", "Timo", "Anna", "Jari", "Sanna", "Pekka", "Tiina", "Matti", "Emma", "Oskari", "Elina", "Ville",
            "Kaisa", "Antti", "Pirjo", "Heikki", "Riikka", "Jussi", "Satu", "Petri", "Minna", "Lauri", "Hanna", "Tapio", "Noora",
            "Sami", "Ulla", "Ilmari"};
    private static final String[] STEMS = {"Kor", "Vir", "Mäki", "Nie", "Mäke", "Hämä", "Hei", "Kos", "Jär", "Lai", "Lehti", "Salo",
            "Tur", "Hu", "Saari", "Lin", "Kin", "Pel", "Kar", "Ran", "Lah", "Aho", "Kallio", "Lei", "Ket", "Ojala", "Mat", "Hir",
            "Sep", "Pii", "Kuk", "Luo", "Nur", "Tol", "Vai", "Tap", "Sil", "Pul", "Rau", "Kui"};
    private static final String[] ENDINGS = {"honen", "tanen", "nen", "minen", "läinen", "lä", "nen", "kinen", "vinen", "la",
            "ainen", "io", "anen", "ström", "mo", "sto", "ppa", "lin", "vaara", "koski", "niemi", "järvi", "lahti", "salmi", "aho"};

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantData data;

    @Inject
    IdentityCodeVault vault;

    @Inject
    Clients clients;

    @Inject
    ClientCards cards;

    @Inject
    ClientAudit audit;

    @Inject
    Referrals referrals;

    @Inject
    Consents consents;

    @Inject
    Organisations organisations;

    @Inject
    People people;

    @Inject
    TenantRegistry registry;

    @Test
    void searchAndCardOverAHundredThousandClients() throws Exception {
        TenantId region = TenantId.of("bench-" + UUID.randomUUID().toString().substring(0, 8));
        provisioner.create(new TenantDefinition(region, new LocalizedText("Mittausalue", "Mätområde", "Benchmark region"),
                "Mittausorganisaatio", List.of("Mittala"), Set.of(), "base", List.of()), "ClientsBenchmark");
        PortalUser worker = new PortalUser("bench.professional", "Bench Professional", false, Map.of(region, Set.of("professional")));
        Access access = Access.view(worker, "bench/clients");

        long fillStarted = System.nanoTime();
        fill(region);
        double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
        List<Long> cardClients = cardClients(region, access);
        long count = data.call(region, em -> em.createQuery("SELECT COUNT(c) FROM Client c", Long.class).getSingleResult());
        assertEquals(CLIENTS + CARDS, count, "the region holds the clients measured over");

        Random random = new Random(7);
        // what people type: a last name's first letters, a first name and a last name's start, a whole code
        Timing byLastName = time(ROUNDS, i -> clients.search(region, access, STEMS[random.nextInt(STEMS.length)]
                + ENDINGS[random.nextInt(ENDINGS.length)].substring(0, 1)));
        Timing byNames = time(ROUNDS, i -> clients.search(region, access, FIRST[random.nextInt(FIRST.length)] + " "
                + STEMS[random.nextInt(STEMS.length)]));
        Timing byCode = time(ROUNDS, i -> {
            int n = random.nextInt(CLIENTS);
            if (clients.search(region, access, code(n).value()).size() != (n % 10 < 7 ? 1 : 0)) {
                throw new AssertionError("the code search found the wrong number of clients");
            }
        });
        assertTrue(clients.search(region, access, "Korh").size() > 0, "the names searched for exist");

        // the card: a whole open (gate, reads, audit) and its audit write alone, in turns
        Timing card = new Timing();
        Timing auditAlone = new Timing();
        Set<DataCategory> written = EnumSet.of(DataCategory.IDENTITY_CONTACT, DataCategory.EPISODES);
        for (int i = 0; i < ROUNDS * 2 + 200; i++) {
            long id = cardClients.get(i % cardClients.size());
            long t0 = System.nanoTime();
            if (cards.open(region, access, id).orElseThrow().episodes().size() != 2) {
                throw new AssertionError("the card lost an episode");
            }
            long cardNanos = System.nanoTime() - t0;
            // the same entries written as the card writes them: inside a transaction that has the region's
            // EntityManager open already (timed from inside it, so opening that transaction is not counted)
            long auditNanos = data.call(region, em -> {
                long t1 = System.nanoTime();
                audit.recordAll(region, access, id, AuditAction.READ, written);
                return System.nanoTime() - t1;
            });
            if (i >= 200) { // the first 200 warm the caches and the JIT
                card.add(cardNanos);
                auditAlone.add(auditNanos);
            }
        }
        // where the audit write's time goes: the reader's organisation (looked up for each entry set) and one durable
        // commit of one row, the floor for any write the portal makes
        Timing emptyCall = time(ROUNDS, i -> data.call(region, em -> em.isOpen()));
        Timing organisation = time(ROUNDS, i -> people.organisationCodeOf(region, worker.username()));
        String scratch = registry.require(region).schemaName() + ".bench_commit"; // native SQL names its schema
        data.run(region, em -> em.createNativeQuery("CREATE TABLE IF NOT EXISTS " + scratch + " (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " at BIGINT NOT NULL)").executeUpdate());
        Timing commit = time(ROUNDS, i -> data.run(region, em -> em.createNativeQuery("INSERT INTO " + scratch + " (at) VALUES (?)")
                .setParameter(1, System.nanoTime()).executeUpdate()));
        double readsAlone = card.mean() - auditAlone.mean();
        double share = 100 * auditAlone.mean() / readsAlone;

        String report = String.join("\n",
                "# Clients benchmark " + java.time.LocalDateTime.now(PortalTime.ZONE).withNano(0) + " (Helsinki)",
                "",
                "Region of " + count + " clients (" + CLIENTS + " filled in " + String.format(Locale.ROOT, "%.0f", fillSeconds)
                        + " s, 70 % with an identity code; " + CARDS + " with 2 episodes, 2 sources each, a warm handover and 2 consents).",
                ROUNDS + " calls each after " + ROUNDS + " warm-up calls (search) or 200 (card), one caller, times in ms.",
                "",
                "| what | mean | p50 | p95 | p99 | max |",
                "|---|---|---|---|---|---|",
                byLastName.row("search, last name's start (`Korh`)"),
                byNames.row("search, first name + last name's start (`Aino Kor`)"),
                byCode.row("search, whole identity code"),
                card.row("open the client card (gate, reads, audit)"),
                auditAlone.row("the card's audit write alone (2 entries in their own transaction, from inside the card's)"),
                organisation.row("the reader's organisation looked up, in a transaction of its own"),
                emptyCall.row("for comparison: a transaction with the region's EntityManager and no query"),
                commit.row("for comparison: one row inserted and committed in the region's schema"),
                "",
                String.format(Locale.ROOT, "Auditing adds %.1f %% to opening the card (%.3f ms of %.3f ms of reads).", share,
                        auditAlone.mean(), readsAlone),
                "");
        LOG.info(report);
        Path out = Path.of(System.getProperty("user.dir"), "target", "benchmarks");
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("clients.md"), report);
        } catch (IOException e) {
            LOG.warning("could not write the benchmark report under " + out + ": " + e.getMessage());
        }
        System.out.println(report);
    }

    /** The region's 100 000 clients, written in chunks as the demo data writes them (no audit: nobody reads). */
    private void fill(TenantId region) {
        int chunk = 2000;
        for (int from = 0; from < CLIENTS; from += chunk) {
            int start = from;
            data.run(region, em -> {
                Random random = new Random(start);
                for (int i = start; i < Math.min(CLIENTS, start + chunk); i++) {
                    Client client = Client.named(FIRST[random.nextInt(FIRST.length)], STEMS[random.nextInt(STEMS.length)]
                            + ENDINGS[random.nextInt(ENDINGS.length)]);
                    client.setMunicipality("Mittala");
                    if (i % 10 < 7) {
                        client.identifyAs(code(i), region, vault);
                    }
                    TenantStore.write(em, "bench", client);
                }
                em.flush();
                em.clear();
            });
        }
    }

    /** A code of its own for client {@code i}: a birth day and an individual number 900–999, never a real person's. */
    private static IdentityCode code(int i) {
        return IdentityCode.of(LocalDate.of(1950, 1, 1).plusDays(i / 100), IdentityCode.FIRST_TEMPORARY_NUMBER + i % 100);
    }

    /** Clients whose card has something on it, made through the services as the views make them. */
    private List<Long> cardClients(TenantId region, Access access) {
        Organisation referrer = organisations.save(region, access.user(), benchOrganisation());
        List<Long> ids = new ArrayList<>();
        LocalDate today = PortalTime.today();
        for (int i = 0; i < CARDS; i++) {
            long id = clients.register(region, access, Client.named("Kortti", "Mittaus" + i), null).client().getId();
            for (int e = 0; e < 2; e++) {
                Episode episode = clients.openEpisode(region, access, id, "tyokykytiimi", today.minusDays(300 - e * 100));
                for (SourceType type : List.of(SourceType.TE_SERVICES, SourceType.HEALTH_CARE)) {
                    referrals.addSource(region, access, ReferralSource.of(episode.getId(), type, today.minusDays(300 - e * 100))
                            .referredBy(referrer.getId(), "Lähettäjä", null, null), List.of());
                }
            }
            for (DataCategory category : List.of(DataCategory.EPISODES, DataCategory.IDENTITY_CONTACT)) {
                consents.give(region, access, Consent.give(id, referrer.getId(), EnumSet.of(category), today, ConsentMethod.IN_PORTAL,
                        today.plusYears(1)), null, null, null);
            }
            ids.add(id);
        }
        return ids;
    }

    private static Organisation benchOrganisation() {
        Organisation o = new Organisation();
        o.setCode("mittaus");
        o.setNameFi("Mittausorganisaatio");
        return o;
    }

    private static Timing time(int rounds, IntConsumer call) {
        for (int i = 0; i < rounds; i++) {
            call.accept(i);
        }
        Timing timing = new Timing();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            call.accept(i);
            timing.add(System.nanoTime() - t0);
        }
        return timing;
    }

    /** Durations of one kind of call. */
    private static final class Timing {
        private final List<Long> nanos = new ArrayList<>();

        void add(long n) {
            nanos.add(n);
        }

        double mean() {
            return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        }

        double percentile(double p) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }

        String row(String what) {
            return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |", what, mean(), percentile(50),
                    percentile(95), percentile(99), Arrays.stream(nanos.toArray(new Long[0])).mapToLong(Long::longValue).max().orElse(0) / 1e6);
        }
    }
}
