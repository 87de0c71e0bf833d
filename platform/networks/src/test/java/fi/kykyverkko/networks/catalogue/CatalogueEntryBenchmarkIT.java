package fi.kykyverkko.networks.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 5: the portal's own write and read path for a catalogue entry next to raw JDBC on the same MariaDB,
 * in one run; the result is a ratio (not a test: the portal's failsafe excludes {@code *BenchmarkIT}; run it with
 * {@code -Dit.test=CatalogueEntryBenchmarkIT}, docs/performance.md). The approach is {@code SurveySubmissionBenchmarkIT}'s.
 * <p>
 * In a region of its own with one organisation: per thread count, {@code bench.rows} entries written through
 * {@link Catalogue#save} (what the catalogue's form and the networks API call: the edit rule, the review stamp, the
 * entry's checks, EclipseLink's persist and flush in a transaction of its own), then read back one by one by id through
 * {@link Catalogue#find}; then the same number of rows (the same columns and values) inserted with plain JDBC, one
 * statement each in autocommit, and read back by id with one {@code SELECT} of every column, one pooled connection per
 * thread. Portal first, then raw; warm-up of both before. Figures go to {@code target/benchmarks/catalogue.md} of the
 * module that runs it (deploy/portal) and to the server log.
 */
class CatalogueEntryBenchmarkIT extends PortalInsideTest {

    private static final Logger LOG = Logger.getLogger(CatalogueEntryBenchmarkIT.class.getName());
    private static final int ROWS = Integer.getInteger("bench.rows", 2000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 1000);
    private static final int[] THREADS = Arrays.stream(System.getProperty("bench.threads", "1,4").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip())).toArray();

    @Inject
    Catalogue catalogue;

    @Inject
    Organisations organisations;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantRegistry registry;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    record Timing(String what, int threads, int count, double seconds, double[] millis) {
        double rate() {
            return count / seconds;
        }

        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))];
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.3f | %.3f | %.3f |", what, threads, count, rate(),
                    percentile(0.50), percentile(0.95), percentile(0.99));
        }
    }

    @Test
    void catalogueEntriesThroughThePortalAgainstRawJdbc() throws Exception {
        TenantId tenant = TenantId.of("bench-catalogue-" + UUID.randomUUID().toString().substring(0, 8));
        provisioner.create(new TenantDefinition(tenant, new LocalizedText("Palvelumittaus", "Tjänstmätning", "Catalogue benchmark"),
                "Mittausorganisaatio", List.of("Mittala"), Set.of(), "base", List.of()), "CatalogueEntryBenchmark");
        String schema = registry.require(tenant).schemaName();
        PortalUser staff = new PortalUser("bench.staff", "Bench Staff", false, Map.of(tenant, Set.of("professional")));
        Organisation org = new Organisation();
        org.setCode("bench-org");
        org.setNameFi("Mittausjärjestö");
        Organisation organisation = organisations.save(tenant, staff, org);

        AtomicInteger serial = new AtomicInteger();
        // warm-up of both paths (JIT, pools, statement caches), not counted
        portalWrites(tenant, staff, organisation, serial, WARM_UP, 4);
        rawWrites(schema, organisation.getId(), serial, WARM_UP, 4);

        List<String> rows = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        for (int threads : THREADS) {
            List<Long> portalIds = new ArrayList<>();
            Timing portalWrite = portalWrites(tenant, staff, organisation, serial, ROWS, threads, portalIds);
            Timing portalRead = portalReads(tenant, portalIds, threads);
            List<Long> rawIds = new ArrayList<>();
            Timing rawWrite = rawWrites(schema, organisation.getId(), serial, ROWS, threads, rawIds);
            Timing rawRead = rawReads(schema, rawIds, threads);
            rows.addAll(List.of(portalWrite.row(), rawWrite.row(), portalRead.row(), rawRead.row()));
            ratios.add(String.format(Locale.ROOT, "| %d | %.3f | %.3f |", threads, portalWrite.rate() / rawWrite.rate(),
                    portalRead.rate() / rawRead.rate()));
        }
        long stored = catalogue.search(tenant, CatalogueQuery.ALL).size();
        assertEquals((long) (2 * WARM_UP + 2 * ROWS * THREADS.length), stored, "every entry written by both sides is there");

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Catalogue entry: the portal against raw JDBC%n%n%s, region %s, %d rows per side and"
                + " thread count, %d warm-up rows per side.%n%n", Instant.now(), tenant, ROWS, WARM_UP));
        out.append("| path | threads | rows | rows/s | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        out.append("\n| threads | portal write / raw insert (rows/s) | portal read / raw select (rows/s) |\n|---:|---:|---:|\n");
        ratios.forEach(r -> out.append(r).append('\n'));
        LOG.info(out::toString);
        Path file = Path.of(System.getProperty("user.dir"), "target", "benchmarks", "catalogue.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        } catch (java.io.IOException e) {
            LOG.warning("could not write " + file + ": " + e);
        }
        System.out.println(out);
        assertTrue(stored > 0);
    }

    private Timing portalWrites(TenantId tenant, PortalUser staff, Organisation organisation, AtomicInteger serial, int count, int threads)
            throws Exception {
        return portalWrites(tenant, staff, organisation, serial, count, threads, new ArrayList<>());
    }

    private Timing portalWrites(TenantId tenant, PortalUser staff, Organisation organisation, AtomicInteger serial, int count, int threads,
            List<Long> ids) throws Exception {
        List<Long> made = java.util.Collections.synchronizedList(ids);
        return run("portal write (`Catalogue.save`)", count, threads, i -> {
            CatalogueService service = new CatalogueService();
            fill(service, serial.incrementAndGet());
            service.setOrganisation(organisation);
            made.add(catalogue.save(tenant, staff, service).getId());
        });
    }

    private Timing portalReads(TenantId tenant, List<Long> ids, int threads) throws Exception {
        return run("portal read by id (`Catalogue.find`)", ids.size(), threads, i -> {
            CatalogueService s = catalogue.find(tenant, ids.get(i)).orElseThrow();
            if (s.getNameFi() == null) {
                throw new AssertionError("no name");
            }
        });
    }

    private static void fill(CatalogueService service, int n) {
        service.setCode("bench-" + n);
        service.setNameFi("Mittauspalvelu " + n);
        service.setDescriptionFi("Palvelu, jota käytetään vain suorituskyvyn mittaamiseen. Kuvaus on yhden kappaleen mittainen.");
        service.setCategory(ServiceCategory.NGO);
        service.setChannels(Set.of(Channel.PHONE, Channel.ON_SITE));
        service.setMunicipalities(List.of("Mittala"));
        service.setKeywords("mittaus; suorituskyky");
        service.setContactEmail("palvelu@example.invalid");
    }

    private Timing rawWrites(String schema, long organisation, AtomicInteger serial, int count, int threads) throws Exception {
        return rawWrites(schema, organisation, serial, count, threads, new ArrayList<>());
    }

    private Timing rawWrites(String schema, long organisation, AtomicInteger serial, int count, int threads, List<Long> ids) throws Exception {
        String sql = "INSERT INTO " + schema + ".catalogue_service (code, organisation_id, name_fi, description_fi, category,"
                + " municipalities, channels, keywords, contact_email, last_reviewed, updated_at, updated_by, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        List<Long> made = java.util.Collections.synchronizedList(ids);
        ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();
        List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            return run("raw JDBC `INSERT`, autocommit", count, threads, i -> {
                PreparedStatement st = statements.get();
                if (st == null) {
                    Connection c = dataSource.getConnection();
                    opened.add(c);
                    st = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
                    statements.set(st);
                }
                int n = serial.incrementAndGet();
                st.setString(1, "bench-" + n);
                st.setLong(2, organisation);
                st.setString(3, "Mittauspalvelu " + n);
                st.setString(4, "Palvelu, jota käytetään vain suorituskyvyn mittaamiseen. Kuvaus on yhden kappaleen mittainen.");
                st.setString(5, ServiceCategory.NGO.name());
                st.setString(6, "Mittala");
                st.setString(7, "ON_SITE;PHONE");
                st.setString(8, "mittaus; suorituskyky");
                st.setString(9, "palvelu@example.invalid");
                st.setObject(10, LocalDate.now());
                st.setTimestamp(11, Timestamp.from(Instant.now()));
                st.setString(12, "bench.staff");
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    made.add(keys.getLong(1));
                }
            });
        } finally {
            for (Connection c : opened) {
                c.close();
            }
        }
    }

    private Timing rawReads(String schema, List<Long> ids, int threads) throws Exception {
        String sql = "SELECT id, code, organisation_id, name_fi, name_sv, name_en, description_fi, description_sv, description_en,"
                + " category, target_group, eligibility, how_to_access, contact_name, contact_email, contact_phone, url,"
                + " municipalities, locations, channels, keywords, last_reviewed, updated_at, updated_by, version"
                + " FROM " + schema + ".catalogue_service WHERE id = ?";
        ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();
        List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            return run("raw JDBC `SELECT` by id", ids.size(), threads, i -> {
                PreparedStatement st = statements.get();
                if (st == null) {
                    Connection c = dataSource.getConnection();
                    opened.add(c);
                    st = c.prepareStatement(sql);
                    statements.set(st);
                }
                st.setLong(1, ids.get(i));
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new AssertionError("row " + ids.get(i) + " missing");
                    }
                    for (int c = 1; c <= 25; c++) {
                        rs.getObject(c); // every column read, as the entity's are
                    }
                }
            });
        } finally {
            for (Connection c : opened) {
                c.close();
            }
        }
    }

    interface Job {
        void run(int i) throws Exception;
    }

    /** {@code count} jobs on {@code threads} workers, each timed. */
    private static Timing run(String what, int count, int threads, Job job) throws Exception {
        double[] millis = new double[count];
        AtomicInteger index = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = index.getAndIncrement(); i < count; i = index.getAndIncrement()) {
                        long s = System.nanoTime();
                        job.run(i);
                        millis[i] = (System.nanoTime() - s) / 1e6;
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            return new Timing(what, threads, count, (System.nanoTime() - started) / 1e9, millis);
        } finally {
            pool.shutdownNow();
        }
    }
}
