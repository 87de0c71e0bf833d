package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.surveys.answering.SubmissionKeys;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.survey.Access;
import fi.kykyverkko.surveys.survey.Audience;
import fi.kykyverkko.surveys.survey.ReminderPolicy;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.SurveyDraft;
import fi.kykyverkko.surveys.survey.Surveys;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Durable answers through a portal that dies: a second Payara Micro on the same database and WAR (as a portal started
 * again after a crash would be) takes two answers through the public API and is killed (SIGKILL) with one of them
 * committed and the other one in flight, blocked inside its transaction by a row lock this test holds on its
 * invitation. The respondents' clients never see a reply; they retry the very same request (same submission id)
 * against the portal that is still up: the one in flight is stored now, exactly once, the committed one is answered
 * "already stored" and not stored again, each invitation is answered once, and the library version is frozen with
 * the first answer that actually committed.
 */
class SurveyRestartIT extends PortalInsideTest {

    private static final String CONTEXT = "/kykyverkko/";

    @Inject
    Surveys surveys;

    @Inject
    InstrumentLibrary library;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantData data;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aRequestRetriedAfterThePortalDiedStoresOneAnswer() throws Exception {
        TenantId tenant = TenantId.of("it-restart-" + UUID.randomUUID().toString().substring(0, 8));
        provisioner.create(new TenantDefinition(tenant, new LocalizedText("Uudelleenkäynnistys", "Omstart", "Restart"),
                "Kyselyorganisaatio", List.of("Kyselylä"), Set.of(), "base", List.of()), "SurveyRestartIT");
        library.installTemplates(tenant);
        String schema = registry.require(tenant).schemaName();
        PortalUser organiser = new PortalUser("it.restart.organiser", "IT Restart", false, Map.of(tenant, Set.of(Roles.PROFESSIONAL)));
        Instant now = Instant.now();
        Survey survey = surveys.create(tenant, organiser, new SurveyDraft("IT restart " + UUID.randomUUID(), "client-satisfaction-grade",
                Audience.CLIENTS, Access.PRIVATE_LINKS, false, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)),
                new ReminderPolicy(7, 2), null));
        String inFlight = "kesken." + UUID.randomUUID().toString().substring(0, 6) + "@example.fi";
        String committed = "valmis." + UUID.randomUUID().toString().substring(0, 6) + "@example.fi";
        surveys.invite(tenant, organiser, survey.getId(), List.of(inFlight, committed), "fi");
        long heldInvitation = invitationOf(schema, survey.getId(), inFlight);
        long otherInvitation = invitationOf(schema, survey.getId(), committed);
        String heldPath = "api/public/links/" + tenant.value() + "/" + tokenMailedTo(tenant, schema, inFlight) + "/answers";
        String otherPath = "api/public/links/" + tenant.value() + "/" + tokenMailedTo(tenant, schema, committed) + "/answers";
        String heldBody = body(SubmissionKeys.newKey(), "8");
        String otherKey = SubmissionKeys.newKey();
        String otherBody = body(otherKey, "6");
        assertFalse(frozen(schema, survey), "no answer yet");

        Path log = Files.createTempFile("survey-restart-", ".log");
        int port = freePort();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.executeQuery("SELECT id FROM " + schema + ".survey_invitation WHERE id = " + heldInvitation + " FOR UPDATE").close();
            }
            Process second = secondServer(port, log);
            long blocked;
            try {
                awaitReady(port, second, log);
                // the one in flight: its UPDATE of the invitation waits for the lock held above
                CompletableFuture<HttpResponse<String>> held = http.sendAsync(post(port, heldPath, heldBody), HttpResponse.BodyHandlers.ofString());
                blocked = awaitBlockedUpdate(heldInvitation, second, log);
                assertFalse(held.isDone(), "the request waits inside its transaction");
                // the committed one: sent on a bare socket whose reply is never read
                try (Socket socket = new Socket("localhost", port)) {
                    OutputStream out = socket.getOutputStream();
                    byte[] bytes = otherBody.getBytes(StandardCharsets.UTF_8);
                    out.write(("POST " + CONTEXT + otherPath + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/json\r\n"
                            + "Accept: application/json\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes);
                    out.flush();
                    awaitCommitted(schema, otherKey, second, log);
                    second.destroyForcibly(); // SIGKILL: no shutdown, no reply read by either client
                    assertTrue(second.waitFor(1, TimeUnit.MINUTES), "the second server is gone");
                }
                assertTrue(held.handle((r, e) -> e != null || r.statusCode() >= 500).get(1, TimeUnit.MINUTES),
                        "the request in flight got no answer from the killed server");
            } finally {
                second.destroyForcibly();
            }
            lock.rollback();
            awaitGone(blocked);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM " + schema + ".survey_response WHERE invitation_id = " + heldInvitation),
                "the transaction in flight rolled back with the server");
        assertFalse(answered(schema, heldInvitation));
        assertEquals(1, count("SELECT COUNT(*) FROM " + schema + ".survey_response WHERE invitation_id = " + otherInvitation),
                "the committed answer stayed");
        assertTrue(answered(schema, otherInvitation));
        assertTrue(frozen(schema, survey), "frozen in the committed answer's transaction");

        // the clients retry the same requests against the portal that is up, on the same database
        int main = ownPort();
        HttpResponse<String> retried = http.send(post(main, heldPath, heldBody), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals("stored", json(retried.body()).getString("status"));
        HttpResponse<String> retriedOther = http.send(post(main, otherPath, otherBody), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, retriedOther.statusCode(), retriedOther.body());
        assertEquals("already-stored", json(retriedOther.body()).getString("status"));
        HttpResponse<String> again = http.send(post(main, heldPath, heldBody), HttpResponse.BodyHandlers.ofString());
        assertEquals("already-stored", json(again.body()).getString("status"), "a double retry");

        assertEquals(2, count("SELECT COUNT(*) FROM " + schema + ".survey_response WHERE survey_id = " + survey.getId()), "one answer each");
        assertEquals(1, count("SELECT COUNT(*) FROM " + schema + ".survey_response WHERE invitation_id = " + heldInvitation
                + " AND answers LIKE '%8%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM " + schema + ".survey_response WHERE submission_key = '" + otherKey
                + "' AND answers LIKE '%6%'"));
        assertTrue(answered(schema, heldInvitation));
        assertEquals(2, count("SELECT COUNT(*) FROM " + schema + ".survey_invitation WHERE survey_id = " + survey.getId()
                + " AND answered = TRUE AND answered_on IS NOT NULL"), "each invitation answered once");
        assertEquals(0, count("SELECT COUNT(*) FROM " + schema + ".personal_link WHERE subject IN ('invitation:" + heldInvitation
                + "', 'invitation:" + otherInvitation + "') AND submitted_at IS NULL"), "both links are spent");
        assertTrue(frozen(schema, survey));
        assertEquals(1, count("SELECT COUNT(*) FROM " + schema + ".instrument_version WHERE code = '" + survey.getInstrumentCode() + "'"),
                "freezing made no new version");
        assertEquals("2/2", surveys.rate(tenant, organiser, survey.getId()).text());
        Files.deleteIfExists(log); // kept when the test fails: the second server's log says why
    }

    private static String body(String submissionId, String grade) {
        return Json.createObjectBuilder().add("submissionId", submissionId)
                .add("answers", Json.createObjectBuilder().add("grade", Json.createArrayBuilder().add(grade))).build().toString();
    }

    /** In the server: {@link SurveyApiSupport} is a client-side helper and is not deployed. */
    private static jakarta.json.JsonObject json(String body) {
        try (var reader = Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        }
    }

    private static HttpRequest post(int port, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + CONTEXT + path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private long invitationOf(String schema, long survey, String address) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM " + schema + ".survey_invitation WHERE survey_id = ? AND recipient_key = ?")) {
            s.setLong(1, survey);
            s.setString(2, address);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "invited: " + address);
                return rs.getLong(1);
            }
        }
    }

    /** The token exists only in the invitation mail. */
    private String tokenMailedTo(TenantId tenant, String schema, String address) {
        String body = data.call(tenant, em -> (String) em.createNativeQuery("SELECT body_text FROM " + schema
                        + ".outgoing_mail WHERE recipient = ? AND template_code = 'survey-invitation' ORDER BY id DESC")
                .setParameter(1, address).setMaxResults(1).getSingleResult());
        Matcher m = Pattern.compile("/l/" + Pattern.quote(tenant.value()) + "/([A-Za-z0-9_-]{43})").matcher(body);
        assertTrue(m.find(), "no link in the mail: " + body);
        return m.group(1);
    }

    private boolean answered(String schema, long invitation) throws Exception {
        return count("SELECT COUNT(*) FROM " + schema + ".survey_invitation WHERE id = " + invitation + " AND answered = TRUE") == 1;
    }

    private boolean frozen(String schema, Survey survey) throws Exception {
        return count("SELECT COUNT(*) FROM " + schema + ".instrument_version WHERE code = '" + survey.getInstrumentCode()
                + "' AND instrument_version = " + survey.getInstrumentNumber() + " AND frozen = TRUE") == 1;
    }

    /** The second server's connection whose UPDATE of the invitation waits for the lock (its id in the process list). */
    private long awaitBlockedUpdate(long invitation, Process second, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            alive(second, log);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"
                         + " AND COMMAND = 'Query' AND INFO LIKE 'UPDATE%survey_invitation%'")) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the answer's transaction did not reach the invitation's lock within a minute:\n" + tail(log));
    }

    private void awaitCommitted(String schema, String key, Process second, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            alive(second, log);
            if (count("SELECT COUNT(*) FROM " + schema + ".survey_response WHERE submission_key = '" + key + "'") == 1) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second answer was not committed within a minute:\n" + tail(log));
    }

    /** The killed server's connection is closed by the database (its transaction rolled back) once it stops waiting. */
    private void awaitGone(long connection) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            if (count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = " + connection) == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the killed server's connection " + connection + " is still open after a minute");
    }

    /** Another Payara Micro as this one was started (its own command line), on another port: the same WAR, database, Keycloak. */
    private static Process secondServer(int port, Path log) throws Exception {
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        command.add(self.command().orElseThrow());
        String[] arguments = self.arguments().orElseThrow();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].equals("--autoBindHttp")) {
                continue; // the port given or none: with auto-binding a taken port became the next one, unseen by the test
            }
            if (arguments[i].equals("--autoBindRange")) {
                i++;
                continue;
            }
            command.add(arguments[i]);
            if (arguments[i].equals("--port")) {
                command.add(Integer.toString(port));
                i++;
            }
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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

    /**
     * A free port below Linux's ephemeral range (32768–60999): a port the system hands out could be taken by an
     * outgoing connection before the second server binds it.
     */
    private static int freePort() {
        for (int tries = 0; tries < 100; tries++) {
            int candidate = 20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12000);
            try (java.net.ServerSocket free = new java.net.ServerSocket(candidate)) {
                return candidate;
            } catch (java.io.IOException taken) {
                // next
            }
        }
        throw new AssertionError("no free port between 20000 and 32000");
    }

    private void awaitReady(int port, Process second, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).timeout(Duration.ofSeconds(10)).build();
        while (Instant.now().isBefore(deadline)) {
            alive(second, log);
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the second server was not ready within 6 minutes:\n" + tail(log));
    }

    private static void alive(Process second, Path log) throws java.io.IOException {
        if (!second.isAlive()) {
            throw new AssertionError("the second server stopped:\n" + tail(log));
        }
    }

    private static String tail(Path log) throws java.io.IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
