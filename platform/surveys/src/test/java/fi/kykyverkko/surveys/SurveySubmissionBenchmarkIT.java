package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.links.IssuedLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.surveys.answering.AnswerJson;
import fi.kykyverkko.surveys.answering.SubmissionKeys;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.survey.Access;
import fi.kykyverkko.surveys.survey.Audience;
import fi.kykyverkko.surveys.survey.ReminderPolicy;
import fi.kykyverkko.surveys.survey.Invitation;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.SurveyDraft;
import fi.kykyverkko.surveys.survey.Surveys;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
 * The surveys' performance goal (not a test: the portal's failsafe excludes {@code *BenchmarkIT}; run it as
 * platform/surveys/README.md "Performance" says): answers through the public API reach at least 50 % of the rate of a
 * raw JDBC insert of the same rows into the same MariaDB, measured side by side in one run.
 * <p>
 * In a region of its own, one private-link survey gets its invitations and their personal links made in the container
 * as {@link Surveys#invite} makes them, without the mails. Per thread count, {@code bench.answers} answers are posted
 * to {@code POST /api/public/links/{region}/{token}/answers} over HTTP on localhost, each its own invitation and
 * submission id; then the same number of rows (same table, same columns, the same answer JSON, each its own
 * invitation) are inserted with plain JDBC, one row per statement in autocommit, one pooled connection held per
 * thread. The two sides run one after the other on the same server and database, the API first. Figures go to
 * {@code target/benchmarks/surveys.md} of the module that runs it (deploy/portal) and to the server log.
 */
class SurveySubmissionBenchmarkIT extends PortalInsideTest {

    private static final Logger LOG = Logger.getLogger(SurveySubmissionBenchmarkIT.class.getName());
    private static final int ANSWERS = Integer.getInteger("bench.answers", 1000);
    /** Warm-up answers through the API (the JIT compiles the portal's code for minutes); the raw side warms up with 300. */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 300);
    private static final int RAW_WARM_UP = 300;
    private static final int[] THREADS = Arrays.stream(System.getProperty("bench.threads", "4,16").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    private static final int PROFILED = 300;
    private static final String CONTEXT = "/kykyverkko/";

    @Inject
    Surveys surveys;

    @Inject
    InstrumentLibrary library;

    @Inject
    PersonalLinks links;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantData data;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Timing(int threads, int count, double seconds, double[] millis, double jvmCpuMs, double dbCpuMs) {
        double rate() {
            return count / seconds;
        }

        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }

        String row(String what) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f |", what, threads, count, rate(),
                    percentile(0.50), percentile(0.95), percentile(0.99), jvmCpuMs / count, dbCpuMs / count);
        }
    }

    /** One prepared respondent: invitation id, its link's id and the token mailed for it. */
    record Invitee(long invitation, long link, String token) {
    }

    @Test
    void answersThroughThePublicApiAgainstRawJdbcInserts() throws Exception {
        TenantId tenant = TenantId.of("bench-surveys-" + UUID.randomUUID().toString().substring(0, 8));
        provisioner.create(new TenantDefinition(tenant, new LocalizedText("Kyselymittaus", "Enkätmätning", "Survey benchmark"),
                "Mittausorganisaatio", List.of("Mittala"), Set.of(), "base", List.of()), "SurveySubmissionBenchmark");
        library.installTemplates(tenant);
        String schema = registry.require(tenant).schemaName();
        PortalUser organiser = new PortalUser("bench.organiser", "Bench Organiser", false, Map.of(tenant, Set.of(Roles.PROFESSIONAL)));
        Instant now = Instant.now();
        Survey survey = surveys.create(tenant, organiser, new SurveyDraft("Benchmark " + UUID.randomUUID(), "client-satisfaction-grade",
                Audience.CLIENTS, Access.PRIVATE_LINKS, false, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)),
                new ReminderPolicy(7, 2), null));

        int needed = WARM_UP + 2 * RAW_WARM_UP + 3 * ANSWERS * THREADS.length + PROFILED;
        long prepareStarted = System.nanoTime();
        List<Invitee> invitees = invite(tenant, survey, needed);
        double prepareSeconds = (System.nanoTime() - prepareStarted) / 1e9;
        assertEquals(needed, invitees.size());
        double drainSeconds = awaitOutboxDrained();

        String answerJson = AnswerJson.write(AnswerSet.of("grade", "9"));
        AtomicInteger next = new AtomicInteger();
        int port = ownPort();
        // warm-up of both paths (JIT, pools, the statement caches), not counted
        api(port, tenant, invitees, next, WARM_UP, 4);
        jdbc(schema, survey.getId(), answerJson, invitees, next, RAW_WARM_UP, 4, false);
        jdbc(schema, survey.getId(), answerJson, invitees, next, RAW_WARM_UP, 4, true);

        List<String> rows = new ArrayList<>();
        List<String> statusRows = new ArrayList<>();
        Map<Integer, Double> ratios = new LinkedHashMap<>();
        Map<Integer, Double> insertRatios = new LinkedHashMap<>();
        for (int threads : THREADS) {
            Map<String, Long> before = status();
            Timing api = api(port, tenant, invitees, next, ANSWERS, threads);
            Map<String, Long> after = status();
            statusRows.add(perAnswer(threads, ANSWERS, before, after));
            Timing same = jdbc(schema, survey.getId(), answerJson, invitees, next, ANSWERS, threads, true);
            Timing insert = jdbc(schema, survey.getId(), answerJson, invitees, next, ANSWERS, threads, false);
            rows.add(api.row("public API (`POST …/answers`)"));
            rows.add(same.row("raw JDBC, the same rows written (answer `INSERT`, invitation and link `UPDATE`, one transaction)"));
            rows.add(insert.row("raw JDBC, the answer `INSERT` alone, autocommit"));
            ratios.put(threads, api.rate() / same.rate());
            insertRatios.put(threads, api.rate() / insert.rate());
        }
        // the profile in a run of its own, after the measured ones: sampling stacks slows the server down
        Sampler sampler = new Sampler();
        Map<String, Long> threadsBefore = cpuByThreadGroup();
        long gcBefore = gcMillis();
        sampler.start();
        api(port, tenant, invitees, next, PROFILED, 4);
        sampler.stop();
        Map<String, Long> threadsAfter = cpuByThreadGroup();
        long gcAfter = gcMillis();
        long stored = count("SELECT COUNT(*) FROM " + schema + ".survey_response WHERE survey_id = " + survey.getId());
        long answered = count("SELECT COUNT(*) FROM " + schema + ".survey_invitation WHERE survey_id = " + survey.getId() + " AND answered = TRUE");

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Survey `client-satisfaction-grade`, %d invitations with their personal links made in %.1f s"
                + " (waited %.1f s for queued mail); %d warm-up answers through the API and %d each raw way; %s; %d CPUs; heap at most %d MB.%n%n",
                needed, prepareSeconds, drainSeconds, WARM_UP, RAW_WARM_UP, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        report.append("| what | threads | answers | answers/s | p50 ms | p95 ms | p99 ms | JVM CPU ms/answer | MariaDB CPU ms/answer |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> report.append(r).append('\n'));
        report.append('\n');
        ratios.forEach((t, r) -> report.append(String.format(Locale.ROOT,
                "- %d threads: the API reaches %.0f %% of the raw rate of the same rows (%.0f %% of the answer insert alone)%n",
                t, 100 * r, 100 * insertRatios.get(t))));
        report.append(String.format(Locale.ROOT, "%nWhat the database did per API answer (differences of `SHOW GLOBAL STATUS` around each"
                + " API run, so any background work of the server in those seconds counts too)%n%n"));
        report.append("| threads | " + String.join(" | ", STATUS) + " |\n|---|" + "---|".repeat(STATUS.size()) + "\n");
        statusRows.forEach(r -> report.append(r).append('\n'));
        report.append(sampler.report());
        report.append(String.format(Locale.ROOT, "%nCPU of this JVM's threads per answer in that run, by thread name (digits dropped; the sampler's"
                + " own thread included), and garbage collection: %.2f ms of collector time per answer%n%n", (double) (gcAfter - gcBefore) / PROFILED));
        report.append("| threads named | CPU ms/answer |\n|---|---|\n");
        threadsAfter.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> report.append(String.format(Locale.ROOT, "| `%s` | %.2f |%n", e.getKey(), e.getValue() / 1e6 / PROFILED)));
        report.append(String.format(Locale.ROOT, "%nRows stored: %d (API answers marked their invitation answered: %d).%n", stored, answered));
        LOG.info(report.toString());
        Path out = Path.of(System.getProperty("user.dir"), "target", "benchmarks");
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("surveys.md"), report);
        } catch (IOException e) {
            LOG.warning("could not write the benchmark report under " + out + ": " + e.getMessage());
        }
        System.out.println(report);

        assertEquals(needed, stored, "every answer and every raw row was stored once");
        assertEquals(WARM_UP + RAW_WARM_UP + 2L * ANSWERS * THREADS.length + PROFILED, answered,
                "every API answer and every raw transaction of the same rows marked its invitation");
        ratios.forEach((t, r) -> assertTrue(r >= 0.5, "with " + t + " threads the API reached only " + Math.round(100 * r)
                + " % of the raw JDBC rate of the same rows:\n" + report));
    }

    /**
     * What {@link Surveys#invite} does per address (the invitation row, its personal link, the link's id on the
     * invitation) without queueing the mail: thousands of mails in the outbox would be sent during the measurement.
     */
    private List<Invitee> invite(TenantId tenant, Survey survey, int count) {
        Instant now = Instant.now();
        List<Invitee> invitees = new ArrayList<>();
        for (int start = 0; start < count; start += 200) {
            int from = start;
            int to = Math.min(count, from + 200);
            invitees.addAll(data.call(tenant, em -> {
                List<Invitee> made = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    Invitation invitation = TenantStore.write(em, "bench", new Invitation(survey.getId(), "vastaaja" + i + "@example.fi", "fi", now));
                    IssuedLink link = links.issue(tenant, Surveys.LINK_PURPOSE, "invitation:" + invitation.getId(), survey.linkLifetime(now),
                            UseMode.REUSABLE_UNTIL_SUBMITTED, false, "bench");
                    invitation.linkTo(link.id());
                    TenantStore.write(em, "bench", invitation);
                    made.add(new Invitee(invitation.getId(), link.id(), link.token()));
                }
                return made;
            }));
        }
        return invitees;
    }

    /**
     * Mail other tests queued (in any region) is sent in the background: measuring starts when none is waiting (at
     * most 2 minutes; the report says how long it waited).
     */
    private double awaitOutboxDrained() throws Exception {
        long started = System.nanoTime();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && queuedMail() > 0) {
            Thread.sleep(1000);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private long queuedMail() throws Exception {
        long queued = 0;
        for (var tenant : registry.all()) {
            queued += count("SELECT COUNT(*) FROM " + tenant.schemaName() + ".outgoing_mail WHERE status = 'QUEUED'");
        }
        return queued;
    }

    private Timing api(int port, TenantId tenant, List<Invitee> invitees, AtomicInteger next, int count, int threads) throws Exception {
        int first = next.getAndAdd(count);
        return run(count, threads, i -> {
            Invitee who = invitees.get(first + i);
            String body = Json.createObjectBuilder().add("submissionId", SubmissionKeys.newKey())
                    .add("answers", Json.createObjectBuilder().add("grade", Json.createArrayBuilder().add("9"))).build().toString();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + CONTEXT + "api/public/links/"
                            + tenant.value() + "/" + who.token() + "/answers")).timeout(Duration.ofMinutes(1))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"stored\"")) {
                throw new AssertionError("answer " + (first + i) + ": " + response.statusCode() + " " + response.body());
            }
        }, () -> null);
    }

    /**
     * Raw JDBC on one pooled connection per thread. {@code sameRows}: what an answer writes, in one transaction (the
     * answer row, the invitation's answered flag and the link's submission with their stamps and versions), without
     * the reads and checks; otherwise the answer row alone in autocommit.
     */
    private Timing jdbc(String schema, long survey, String answerJson, List<Invitee> invitees, AtomicInteger next, int count, int threads,
                        boolean sameRows) throws Exception {
        int first = next.getAndAdd(count);
        String insertSql = "INSERT INTO " + schema + ".survey_response (survey_id, invitation_id, submission_key, answers, submitted_at)"
                + " VALUES (?, ?, ?, ?, ?)";
        String invitationSql = "UPDATE " + schema + ".survey_invitation SET answered = TRUE, answered_on = ?, updated_at = ?,"
                + " updated_by = 'respondent', version = version + 1 WHERE id = ?";
        String linkSql = "UPDATE " + schema + ".personal_link SET submitted_at = ?, updated_at = ?, updated_by = 'personal-link',"
                + " version = version + 1 WHERE id = ?";
        record Statements(Connection connection, PreparedStatement insert, PreparedStatement invitation, PreparedStatement link) {
        }
        ThreadLocal<Statements> statements = new ThreadLocal<>();
        List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            return run(count, threads, i -> {
                Statements st = statements.get();
                Invitee who = invitees.get(first + i);
                Timestamp now = Timestamp.from(Instant.now());
                st.insert().setLong(1, survey);
                st.insert().setLong(2, who.invitation());
                st.insert().setString(3, SubmissionKeys.newKey());
                st.insert().setString(4, answerJson);
                st.insert().setTimestamp(5, now);
                st.insert().executeUpdate();
                if (sameRows) {
                    st.invitation().setDate(1, java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"))));
                    st.invitation().setTimestamp(2, now);
                    st.invitation().setLong(3, who.invitation());
                    assertEquals(1, st.invitation().executeUpdate());
                    st.link().setTimestamp(1, now);
                    st.link().setTimestamp(2, now);
                    st.link().setLong(3, who.link());
                    assertEquals(1, st.link().executeUpdate());
                    st.connection().commit();
                }
            }, () -> {
                // each worker opens its connection before the clock starts
                Connection c = dataSource.getConnection();
                opened.add(c);
                c.setAutoCommit(!sameRows);
                statements.set(new Statements(c, c.prepareStatement(insertSql), c.prepareStatement(invitationSql), c.prepareStatement(linkSql)));
                return null;
            });
        } finally {
            for (Connection c : opened) {
                c.setAutoCommit(true);
                c.close();
            }
        }
    }

    /**
     * A poor man's profiler for the API runs: every 5 ms the stacks of the server's threads inside
     * {@code PublicAnswerResource.answer}; per sample each portal method on the stack counts once (inclusive), and the
     * frame on top counts as where the thread was (self).
     */
    static final class Sampler {
        private final Map<String, Integer> inclusive = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Integer> self = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Integer> throwers = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Integer> waiters = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Integer> running = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicLong runningSamples = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong samples = new java.util.concurrent.atomic.AtomicLong();
        private volatile Thread thread;

        void start() {
            Thread t = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
                        if (Arrays.stream(stack).noneMatch(f -> f.getClassName().endsWith("PublicAnswerResource"))) {
                            continue;
                        }
                        samples.incrementAndGet();
                        if (stack.length > 0) {
                            self.merge(stack[0].getClassName() + "." + stack[0].getMethodName(), 1, Integer::sum);
                            String top = stack[0].getMethodName();
                            if (top.equals("write0") || top.equals("poll")) {
                                // the first frame outside the JDK says whose socket or file it is
                                Arrays.stream(stack).filter(f -> !f.getClassName().startsWith("java.") && !f.getClassName().startsWith("sun.")
                                                && !f.getClassName().startsWith("jdk."))
                                        .findFirst().ifPresent(f -> waiters.merge(top + " ← " + f.getClassName() + "." + f.getMethodName(), 1, Integer::sum));
                            }
                            if (!top.equals("write0") && !top.equals("poll") && !top.equals("park") && !top.equals("read0")) {
                                // on the CPU: charged to the library of the top frame, and to each portal method and
                                // library entry point below it (inclusive)
                                runningSamples.incrementAndGet();
                                Arrays.stream(stack).map(f -> library(f.getClassName())).distinct()
                                        .forEach(lib -> running.merge(lib, 1, Integer::sum));
                            }
                            if (stack[0].getMethodName().equals("fillInStackTrace")) {
                                // the first frame below the exception's constructors is what throws it
                                Arrays.stream(stack).filter(f -> !f.getMethodName().equals("fillInStackTrace") && !f.getMethodName().equals("<init>"))
                                        .findFirst().ifPresent(f -> throwers.merge(f.getClassName() + "." + f.getMethodName(), 1, Integer::sum));
                            }
                        }
                        Arrays.stream(stack).filter(f -> f.getClassName().startsWith("fi.kykyverkko.") && !f.getClassName().contains("$$"))
                                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                                .distinct().forEach(m -> inclusive.merge(m, 1, Integer::sum));
                    }
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-sampler");
            t.setDaemon(true);
            thread = t;
            t.start();
        }

        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join();
        }

        String report() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%nWhere the API's requests were: %d stack samples of request threads during a separate run of %d answers on 4 threads%n%n", samples.get(), PROFILED));
            out.append("| portal method on the stack (inclusive) | share |\n|---|---|\n");
            top(inclusive, 25).forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.0f %% |%n", e.getKey(), 100.0 * e.getValue() / samples.get())));
            out.append("\n| frame on top (self) | share |\n|---|---|\n");
            top(self, 15).forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.0f %% |%n", e.getKey(), 100.0 * e.getValue() / samples.get())));
            out.append(String.format(Locale.ROOT, "%n%d of the samples were on the CPU (not waiting on a socket or a lock); the libraries"
                    + " on their stacks (inclusive)%n%n| library on the stack | share of on-CPU samples |%n|---|---|%n", runningSamples.get()));
            top(running, 16).forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.0f %% |%n", e.getKey(), 100.0 * e.getValue() / Math.max(1, runningSamples.get()))));
            out.append("\n| socket or file calls on top, by the first caller outside the JDK | share |\n|---|---|\n");
            top(waiters, 8).forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.0f %% |%n", e.getKey(), 100.0 * e.getValue() / samples.get())));
            if (!throwers.isEmpty()) {
                out.append("\n| what made the exceptions filled in above | share |\n|---|---|\n");
                top(throwers, 10).forEach(e -> out.append(String.format(Locale.ROOT, "| `%s` | %.0f %% |%n", e.getKey(), 100.0 * e.getValue() / samples.get())));
            }
            return out.toString();
        }

        /** A class's library: its first three package names (fi.kykyverkko.* by module and feature). */
        private static String library(String className) {
            String[] parts = className.split("\\.");
            int keep = className.startsWith("fi.kykyverkko.") ? 4 : 3;
            return String.join(".", Arrays.copyOf(parts, Math.min(keep, parts.length - 1)));
        }

        private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int n) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).toList();
        }
    }

    interface Job {
        void run(int i) throws Exception;
    }

    interface Setup {
        Object run() throws Exception;
    }

    /** {@code count} jobs on {@code threads} workers, each timed; the clock runs from when every worker is set up. */
    private static Timing run(int count, int threads, Job job, Setup setup) throws Exception {
        double[] millis = new double[count];
        AtomicInteger index = new AtomicInteger();
        java.util.concurrent.CyclicBarrier ready = new java.util.concurrent.CyclicBarrier(threads + 1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    setup.run();
                    ready.await();
                    for (int i = index.getAndIncrement(); i < count; i = index.getAndIncrement()) {
                        long started = System.nanoTime();
                        job.run(i);
                        millis[i] = (System.nanoTime() - started) / 1e6;
                    }
                    return null;
                }));
            }
            ready.await();
            long jvmBefore = jvmCpuNanos();
            long dbBefore = databaseCpuNanos();
            long started = System.nanoTime();
            for (Future<?> w : workers) {
                w.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Timing(threads, count, seconds, millis, (jvmCpuNanos() - jvmBefore) / 1e6, (databaseCpuNanos() - dbBefore) / 1e6);
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU time of every live thread of this JVM, summed by thread name with digits dropped. */
    private static Map<String, Long> cpuByThreadGroup() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                byName.merge(info.getThreadName().replaceAll("[0-9]+", "N"), cpu, Long::sum);
            }
        }
        return byName;
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    /** CPU time of this JVM: the portal and the load generator (the HTTP client, the JDBC side) alike. */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the test stack's MariaDB (user + system, from /proc), or 0 when it is not found. */
    private static long databaseCpuNanos() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("mariadbd")).findFirst().map(p -> {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                return ticks * 1_000_000_000L / 100; // USER_HZ is 100 on Linux
            } catch (IOException | RuntimeException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    private static int ownPort() {
        String[] arguments = ProcessHandle.current().info().arguments().orElseThrow();
        for (int i = 0; i < arguments.length - 1; i++) {
            if (arguments[i].equals("--port")) {
                return Integer.parseInt(arguments[i + 1]);
            }
        }
        throw new AssertionError("this server was started without --port");
    }

    /** The server counters shown per API answer: statements and round trips by kind, scans and lock waits. */
    private static final List<String> STATUS = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_commit",
            "Com_rollback", "Com_set_option", "Com_admin_commands", "Handler_read_rnd_next", "Innodb_row_lock_waits");

    private Map<String, Long> status() throws Exception {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS")) {
            while (rs.next()) {
                if (STATUS.contains(rs.getString(1))) {
                    values.put(rs.getString(1), Long.parseLong(rs.getString(2)));
                }
            }
        }
        return values;
    }

    private static String perAnswer(int threads, int answers, Map<String, Long> before, Map<String, Long> after) {
        StringBuilder row = new StringBuilder("| " + threads + " |");
        for (String name : STATUS) {
            long delta = after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L);
            row.append(String.format(Locale.ROOT, " %.2f |", (double) delta / answers));
        }
        return row.toString();
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
