package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.consent.ConsentMethod;
import fi.kykyverkko.clients.consent.Consents;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.Referrals;
import fi.kykyverkko.clients.referrals.SourceType;
import fi.kykyverkko.clients.referrals.WarmHandover;
import fi.kykyverkko.clients.retention.Retention;
import fi.kykyverkko.clients.retention.RetentionRun;
import fi.kykyverkko.clients.retention.RetentionSchedule;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.StoredFile;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The nightly retention job inside Payara Micro on the real MariaDB: it anonymises the clients past the period and
 * nobody else, and a run that fails halfway (a trigger refuses one client, as a crash would stop it) and is restarted
 * goes on from its checkpoint, anonymises everyone due exactly once and reports the run as one.
 */
class RetentionIT extends PortalInsideTest {

    /** A region of its own for this test, so the job's chunks hold only what this test made and the demo data. */
    private static final TenantId REGION = TenantId.of("keski-uusimaa");
    private static final PortalUser WORKER = new PortalUser("it.retention", "IT Retention", false, Map.of(REGION, Set.of("professional")));
    private static final Access TEAM = Access.view(WORKER, "it/retention");
    private static final String TRIGGER = "it_retention_crash";

    @Inject
    RetentionSchedule schedule;

    @Inject
    Clients clients;

    @Inject
    Consents consents;

    @Inject
    Referrals referrals;

    @Inject
    Organisations organisations;

    @Inject
    Retention retention;

    @Inject
    AuditLog audit;

    @Inject
    TenantData data;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    private long clientWithEpisode(String lastName, LocalDate start, LocalDate end) {
        IdentityCode code = IdentityCode.of(LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 50)),
                900 + ThreadLocalRandom.current().nextInt(100));
        Client client = Client.named("Raili", lastName);
        client.setMunicipality("Kerava");
        client.setPhone("040 123 4567");
        long id = clients.register(REGION, TEAM, client, code).client().getId();
        Episode episode = clients.openEpisode(REGION, TEAM, id, "tyokykytiimi", start);
        clients.change(REGION, TEAM, episode.getId(), e -> e.planNextStep("Soitto Railille", start.plusDays(7)));
        clients.change(REGION, TEAM, episode.getId(), e -> e.moveTo("investigation", start.plusDays(14)));
        if (end != null) {
            clients.change(REGION, TEAM, episode.getId(), e -> e.end(EndReason.EMPLOYED, end));
        }
        return id;
    }

    @Test
    void clientsPastThePeriodAreAnonymisedOnceThroughAFailureAndARestartAndNobodyElse() throws Exception {
        awaitTheAfterStartCheck();
        LocalDate today = PortalTime.today();
        int years = retention.setting(REGION).getRetentionYears();
        LocalDate longAgo = today.minusYears(years).minusMonths(3);
        String name = "Säilytys" + Long.toString(System.nanoTime(), 36);

        long recent = clientWithEpisode(name, longAgo, today.minusYears(years).plusDays(10));
        long open = clientWithEpisode(name, longAgo.minusYears(2), longAgo);
        clients.openEpisode(REGION, TEAM, open, "tyohonvalmennus", today.minusDays(30));
        // 25 due clients in a row: with chunks of 20 the first and the last are in different chunks
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            due.add(clientWithEpisode(name, longAgo.minusYears(1), longAgo));
        }
        long first = due.get(0);
        long last = due.get(due.size() - 1);
        long episodeOfFirst = clients.episodesOf(REGION, TEAM, first).get(0).getId();
        long organisation = organisations.list(REGION).get(0).getId();
        consents.give(REGION, TEAM, Consent.give(first, organisation, EnumSet.of(DataCategory.EPISODES), longAgo.minusYears(1),
                ConsentMethod.PAPER_FORM, longAgo), "suostumus.pdf", "application/pdf", "%PDF-1.4 Raili".getBytes());
        referrals.addSource(REGION, TEAM, ReferralSource.of(episodeOfFirst, SourceType.TE_SERVICES, longAgo.minusYears(1))
                .referredBy(organisation, "Teija Lähettäjä", "teija@example.org", null), List.of(
                new StoredFile.Incoming("lahete.pdf", "application/pdf", "%PDF-1.4 lähete".getBytes()),
                new StoredFile.Incoming("liite.pdf", "application/pdf", "%PDF-1.4 liite".getBytes())));
        Instant meeting = PortalTime.startOf(longAgo.minusYears(1).plusDays(3)).plusSeconds(9 * 3600);
        referrals.planHandover(REGION, TEAM, WarmHandover.plan(episodeOfFirst, meeting, meeting.plusSeconds(3600), "Kerava",
                List.of("Raili " + name, "Teija Lähettäjä", "IT Retention")), "Lämmin siirto");

        String schema = REGION.schema();
        execute("DROP TRIGGER IF EXISTS " + schema + "." + TRIGGER);
        execute("CREATE TRIGGER " + schema + "." + TRIGGER + " BEFORE UPDATE ON " + schema + ".client FOR EACH ROW"
                + " BEGIN IF NEW.id = " + last + " AND NEW.anonymised_at IS NOT NULL THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated crash'; END IF; END");
        Properties parameters = new Properties();
        parameters.setProperty("region", REGION.value());
        JobExecution failed;
        try {
            failed = finished(BatchRuntime.getJobOperator().start(Retention.JOB, parameters));
        } finally {
            execute("DROP TRIGGER IF EXISTS " + schema + "." + TRIGGER);
        }
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus(), failed.getExitStatus());
        assertTrue(anonymised(first), "the chunks before the failure stay done");
        assertFalse(anonymised(last), "the failing chunk rolled back");

        JobExecution restarted = finished(RetentionSchedule.startOrRestart(parameters));
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus(), restarted.getExitStatus());
        long instance = BatchRuntime.getJobOperator().getJobInstance(restarted.getExecutionId()).getInstanceId();
        assertEquals(instance, BatchRuntime.getJobOperator().getJobInstance(failed.getExecutionId()).getInstanceId(),
                "the schedule restarts the failed run rather than starting another");

        for (long id : due) {
            assertTrue(anonymised(id), "client " + id + " is due");
            assertEquals(instance, retention.anonymisationOf(REGION, id).orElseThrow().getJobInstance());
            assertFalse(audit.search(REGION, AuditFilter.all().subject(id).actor(Retention.JOB).action(AuditAction.UPDATE)).isEmpty());
        }
        assertEquals(1, audit.search(REGION, AuditFilter.all().subject(first).actor(Retention.JOB)).size(),
                "the first chunk was done once, before the failure");
        assertEquals(25, count("SELECT COUNT(*) FROM " + schema + ".client_anonymisation WHERE client_id BETWEEN " + first
                + " AND " + last), "one record per client: nobody twice, nobody left out");
        assertFalse(anonymised(recent), "the last episode ended inside the period");
        assertFalse(anonymised(open), "an open episode keeps the client");
        assertEquals(2, count("SELECT COUNT(*) FROM " + schema + ".client WHERE last_name = '" + name + "'"));

        // what went and what stays of the first client
        Map<String, Object> row = data.call(REGION, em -> {
            Client c = em.find(Client.class, first);
            em.refresh(c);
            return Map.of("name", String.valueOf(c.getLastName()), "masked", String.valueOf(c.getIdentityMasked()),
                    "phone", String.valueOf(c.getPhone()), "municipality", c.getMunicipality());
        });
        assertEquals(Map.of("name", "null", "masked", "null", "phone", "null", "municipality", "Kerava"), row);
        assertEquals(0, count("SELECT COUNT(*) FROM " + schema + ".client WHERE id = " + first
                + " AND (identity_sealed IS NOT NULL OR identity_lookup IS NOT NULL OR email IS NOT NULL OR first_name IS NOT NULL)"));
        assertEquals(0, count("SELECT COUNT(*) FROM " + schema + ".client_document WHERE client_id = " + first), "letters and forms go");
        assertEquals(0, count("SELECT COUNT(*) FROM " + schema + ".episode WHERE client_id = " + first + " AND next_step IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM " + schema + ".warm_handover WHERE episode_id = " + episodeOfFirst
                + " AND participants = '' AND place IS NULL"), "the meeting stays, who took part goes");
        assertEquals(1, count("SELECT COUNT(*) FROM " + schema + ".episode WHERE client_id = " + first
                + " AND end_reason = 'EMPLOYED' AND ended_on IS NOT NULL"), "the episode stays for statistics");
        assertEquals(3, count("SELECT COUNT(*) FROM " + schema + ".episode_phase p JOIN " + schema
                + ".episode e ON e.id = p.episode_id WHERE e.client_id = " + first), "with its phase history");
        assertTrue(clients.search(REGION, TEAM, name).stream().noneMatch(c -> due.contains(c.getId())), "nobody finds them by name");

        RetentionRun report = retention.runs(REGION, 20).stream().filter(r -> r.getJobInstance() == instance).findFirst().orElseThrow();
        assertEquals(2, report.getExecutions());
        assertEquals(count("SELECT COUNT(*) FROM " + schema + ".client_anonymisation WHERE job_instance = " + instance), report.getAnonymised());
        assertTrue(report.getAnonymised() >= 25);
        assertEquals(today.minusYears(years), report.getCutoff());
        assertEquals(count("SELECT COUNT(*) FROM " + schema + ".client WHERE anonymised_at IS NULL"), report.getKept());

        // the next night has nothing of this left to do
        JobExecution again = finished(RetentionSchedule.startOrRestart(parameters));
        assertEquals(BatchStatus.COMPLETED, again.getBatchStatus());
        assertTrue(due.stream().allMatch(id -> retention.anonymisationOf(REGION, id).orElseThrow().getJobInstance() == instance));
    }

    /**
     * A run whose server is killed (SIGKILL) in the middle: a second Payara Micro on the same database and WAR goes on
     * with a failed run once it is ready, and is killed while it waits for a client this test keeps locked. Jakarta Batch
     * leaves that execution "started" for good; the schedule here continues it with a new run, and in the end every
     * client due is anonymised exactly once, the one not due is kept, and the report counts all three executions.
     */
    @Test
    void aRunWhoseServerIsKilledIsContinuedWithoutDuplicatesOrGaps() throws Exception {
        awaitTheAfterStartCheck();
        LocalDate today = PortalTime.today();
        int years = retention.setting(REGION).getRetentionYears();
        LocalDate longAgo = today.minusYears(years).minusMonths(3);
        String name = "Kaatuminen" + Long.toString(System.nanoTime(), 36);
        long recent = clientWithEpisode(name, longAgo, today.minusYears(years).plusDays(10));
        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            due.add(clientWithEpisode(name, longAgo.minusYears(1), longAgo));
        }
        String schema = REGION.schema();
        Properties parameters = new Properties();
        parameters.setProperty("region", REGION.value());

        // 1. a run fails in its second chunk (as in the test above), so the next server start goes on with it
        execute("DROP TRIGGER IF EXISTS " + schema + "." + TRIGGER);
        execute("CREATE TRIGGER " + schema + "." + TRIGGER + " BEFORE UPDATE ON " + schema + ".client FOR EACH ROW"
                + " BEGIN IF NEW.id = " + due.get(25) + " AND NEW.anonymised_at IS NOT NULL THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated crash'; END IF; END");
        JobExecution failed;
        try {
            failed = finished(RetentionSchedule.start(parameters));
        } finally {
            execute("DROP TRIGGER IF EXISTS " + schema + "." + TRIGGER);
        }
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        String ours = " WHERE client_id BETWEEN " + due.get(0) + " AND " + due.get(due.size() - 1);
        String countOurs = "SELECT COUNT(*) FROM " + schema + ".client_anonymisation" + ours;
        long afterFailure = count(countOurs);
        assertTrue(afterFailure > 0 && afterFailure < 26, "the first chunk stays done, the failing one rolled back: " + afterFailure);
        var operator = BatchRuntime.getJobOperator();
        long firstInstance = operator.getJobInstance(failed.getExecutionId()).getInstanceId();

        // 2. a second server restarts it and is killed while the run waits for a client held locked here
        long held = due.get(due.size() - 1); // in the restart's last chunk: the chunks before it commit
        Path log = Files.createTempFile("retention-kill-", ".log");
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.executeQuery("SELECT id FROM " + schema + ".client WHERE id = " + held + " FOR UPDATE").close();
            }
            Process second = secondServer(log);
            try {
                JobExecution restarted = awaitBlockedRestart(operator, failed.getExecutionId(), countOurs, afterFailure, second, log);
                second.destroyForcibly(); // SIGKILL: no shutdown hook, no batch status written
                assertTrue(second.waitFor(1, java.util.concurrent.TimeUnit.MINUTES), "the second server is gone");
                assertEquals(BatchStatus.STARTED, operator.getJobExecution(restarted.getExecutionId()).getBatchStatus(),
                        "Jakarta Batch does not learn that the server died");
            } finally {
                second.destroyForcibly();
            }
            lock.rollback();
        }
        assertTrue(count(countOurs) > afterFailure, "the chunks the second server committed stay done");
        assertFalse(anonymised(held), "the chunk it was in when killed rolled back");

        // 3. the schedule continues the killed run with a new one
        JobExecution continued = finished(RetentionSchedule.startOrRestart(parameters));
        assertEquals(BatchStatus.COMPLETED, continued.getBatchStatus(), continued.getExitStatus());
        long secondInstance = operator.getJobInstance(continued.getExecutionId()).getInstanceId();
        assertTrue(secondInstance != firstInstance, "a killed run cannot be restarted, only continued");
        assertEquals(REGION.value(), operator.getParameters(continued.getExecutionId()).getProperty("region"));
        for (long id : due) {
            assertTrue(anonymised(id), "client " + id + " is due");
        }
        assertFalse(anonymised(recent), "the last episode ended inside the period");
        assertEquals(50, count(countOurs), "nobody twice, nobody left out");
        assertEquals(50, count("SELECT COUNT(*) FROM " + schema + ".client_anonymisation" + ours + " AND job_instance IN ("
                + firstInstance + ", " + secondInstance + ")"), "done by the killed run or the one continuing it");
        assertTrue(count("SELECT COUNT(*) FROM " + schema + ".client_anonymisation" + ours + " AND job_instance = " + secondInstance) > 0);
        RetentionRun report = retention.runs(REGION, 20).stream().filter(r -> r.getJobInstance() == secondInstance).findFirst().orElseThrow();
        assertEquals(count("SELECT COUNT(*) FROM " + schema + ".client_anonymisation WHERE job_instance IN (" + firstInstance + ", "
                + secondInstance + ")"), report.getAnonymised(), "the report counts the killed run's work too");
        assertEquals(3, report.getExecutions(), "failed here, killed there, continued here");
        Files.deleteIfExists(log); // kept when the test fails: the second server's log says why
    }

    /**
     * The server's own once-after-start check restarts a failed run: were it to come while a test's run is failed, it
     * would do the test's work under the first run. Within a minute of the portal being ready it has been made.
     */
    private void awaitTheAfterStartCheck() throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        while (!schedule.hasCheckedAfterStart() && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertTrue(schedule.hasCheckedAfterStart(), "the schedule's after-start check runs every minute once the portal is ready");
    }

    /**
     * Another Payara Micro, started as this one was (its own command line) on another port: the same WAR, database and
     * Keycloak, as a server started again after a crash would be.
     */
    private static Process secondServer(Path log) throws Exception {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        command.add(self.command().orElseThrow());
        String[] arguments = self.arguments().orElseThrow();
        for (int i = 0; i < arguments.length; i++) {
            command.add(arguments[i]);
            if (arguments[i].equals("--port")) {
                try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
                    command.add(Integer.toString(free.getLocalPort()));
                }
                i++;
            }
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * The second server's restart of {@code failedExecution}, once it has committed a chunk ({@code done} counts more
     * than {@code before}) and has stopped moving: it waits for the locked client.
     */
    private JobExecution awaitBlockedRestart(jakarta.batch.operations.JobOperator operator, long failedExecution, String done,
                                             long before, Process second, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline)) {
            if (!second.isAlive()) {
                throw new AssertionError("the second server stopped:\n" + tail(log));
            }
            Optional<JobExecution> restart = operator.getJobExecutions(operator.getJobInstance(failedExecution)).stream()
                    .filter(e -> e.getExecutionId() != failedExecution && e.getBatchStatus() == BatchStatus.STARTED).findFirst();
            long now = count(done);
            if (restart.isPresent() && now > before) {
                Thread.sleep(3000);
                if (count(done) == now && operator.getJobExecution(restart.get().getExecutionId()).getBatchStatus() == BatchStatus.STARTED) {
                    return restart.get();
                }
                continue;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the second server did not go on with the failed run within 6 minutes:\n" + tail(log));
    }

    private static String tail(Path log) throws java.io.IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private boolean anonymised(long clientId) throws Exception {
        return count("SELECT COUNT(*) FROM " + REGION.schema() + ".client WHERE id = " + clientId + " AND anonymised_at IS NOT NULL") == 1;
    }

    private JobExecution finished(long executionId) throws InterruptedException {
        var operator = BatchRuntime.getJobOperator();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JobExecution execution = operator.getJobExecution(executionId);
            if (execution.getEndTime() != null) {
                return execution;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the retention job did not finish in 3 minutes");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
