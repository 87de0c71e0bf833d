package fi.kykyverkko.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.kykyverkko.stack.Ports;
import fi.kykyverkko.testkit.LocalHttp;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built launcher as a user would ({@code java -jar target/kykyverkko-launcher.jar}) with the WAR copied into
 * target/stack, on free ports and a temporary data dir; then stops it with SIGTERM, as Ctrl-C would.
 */
class LauncherSmokeIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("launcher.jar", "target/kykyverkko-launcher.jar"));

    @TempDir
    Path dataDir;

    @Test
    void startsServesAndStopsCleanly() throws Exception {
        assertTrue(Files.isRegularFile(LAUNCHER.resolveSibling("stack/kykyverkko.war")), "WAR not copied to target/stack");
        int portal = LocalHttp.freePort();
        int db = LocalHttp.freePort();
        int keycloak = LocalHttp.freePort();
        int smtp = LocalHttp.freePort();
        int mailWeb = LocalHttp.freePort();
        Path output = Files.createTempFile(LAUNCHER.getParent(), "launcher-smoke-", ".out");
        Process launcher = launch(Map.of("KYKY_PORTAL_PORT", "" + portal, "KYKY_DB_PORT", "" + db,
                "KYKY_KEYCLOAK_PORT", "" + keycloak, "KYKY_MAIL_PORT", "" + smtp, "KYKY_MAIL_WEB_PORT", "" + mailWeb), output);
        try {
            awaitLine(launcher, output, "Kykyverkko is running", Duration.ofMinutes(22));
            // the front page asks for a login at the embedded Keycloak
            HttpResponse<String> home = LocalHttp.get("http://localhost:" + portal + "/");
            assertTrue(home.statusCode() == 302 || home.statusCode() == 303, "front page answered " + home.statusCode());
            assertTrue(home.headers().firstValue("Location").orElse("")
                    .startsWith("http://localhost:" + keycloak + "/realms/kykyverkko/protocol/openid-connect/auth?"));
            // ... drawn by the portal's login theme, which the launcher installed into its Keycloak
            HttpResponse<String> login = LocalHttp.get(home.headers().firstValue("Location").orElseThrow());
            assertTrue(login.body().contains("/login/kykyverkko/js/kykyverkko.js"), "login page without the portal's theme");
            assertEquals(200, LocalHttp.get("http://localhost:" + portal + "/health/ready").statusCode());
            assertEquals(200, LocalHttp.get("http://localhost:" + keycloak + "/realms/kykyverkko/.well-known/openid-configuration").statusCode());
            assertTrue(Files.isRegularFile(dataDir.resolve("secrets.properties")));
            // the portal client's secret is this installation's own: the one once shipped in the realm file opens nothing
            Properties secrets = new Properties();
            try (var in = Files.newBufferedReader(dataDir.resolve("secrets.properties"))) {
                secrets.load(in);
            }
            String own = secrets.getProperty("oidc.client.secret", "");
            assertEquals(32, own.length(), "no generated oidc.client.secret");
            assertEquals(200, clientCredentials(keycloak, own).statusCode());
            assertEquals(401, clientCredentials(keycloak, "kykyverkko-dev-secret").statusCode());
            try (var dirs = Files.newDirectoryStream(dataDir, "keycloak-*")) {
                for (Path keycloakDir : dirs) {
                    assertFalse(Files.exists(keycloakDir.resolve("data/import/kykyverkko-realm.json")),
                            "the import copy with the secret is left behind");
                }
            }
            // the readiness endpoint gives status only
            assertFalse(LocalHttp.get("http://localhost:" + portal + "/health/ready").body().contains("tenant_"));
            // Payara's HTTP listener is on loopback only (KYKY_PORTAL_BIND unset), and so is its other socket, the data
            // grid's (69xx: a cluster of one on loopback instead of --nocluster, which listens on every interface)
            java.util.List<String> listening = listeningAddresses(payaraPid(launcher));
            System.out.println("Payara Micro listens on " + listening);
            assertTrue(listening.contains("127.0.0.1:" + portal) || listening.contains("[::ffff:127.0.0.1]:" + portal), listening.toString());
            assertTrue(listening.stream().anyMatch(socket -> socket.matches(".*:69\\d\\d")), "the data grid's port: " + listening);
            for (String socket : listening) {
                assertTrue(socket.startsWith("127.0.0.1:") || socket.startsWith("[::ffff:127.0.0.1]:"),
                        "a socket not on loopback: " + socket + " in " + listening);
            }
            // the demo mail server takes a message and its page shows it, escaped
            assertTrue(read(output).contains(" Sent e-mail      http://127.0.0.1:" + mailWeb + "/"), read(output));
            sendMail(smtp, "smoke.recipient@example.fi", "Savutesti <b>lihavoitu</b> & muuta", "Hei!\n<i>ei kursiivia</i>");
            HttpResponse<String> page = LocalHttp.get("http://127.0.0.1:" + mailWeb + "/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("lang=\"fi\""), page.body());
            assertTrue(page.body().contains("Savutesti &lt;b&gt;lihavoitu&lt;/b&gt; &amp; muuta"), page.body());
            assertFalse(page.body().contains("<b>lihavoitu"), page.body());
            assertTrue(page.body().contains("smoke.recipient@example.fi"), page.body());
            assertTrue(page.body().contains("&lt;i&gt;ei kursiivia&lt;/i&gt;"), page.body());
        } finally {
            launcher.destroy(); // SIGTERM: the shutdown hook stops Payara, Keycloak, MariaDB
            if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
                launcher.destroyForcibly();
                fail("launcher did not stop within 2 minutes:\n" + read(output));
            }
        }
        String all = read(output);
        System.out.println(all);
        for (int port : new int[] {portal, db, keycloak, smtp, mailWeb}) {
            assertTrue(Ports.isFree(port), "port " + port + " still in use after stop\n" + all);
        }
        // the shutdown hook ran, in this order
        int payara = all.indexOf("Stopping Payara Micro");
        int kc = all.indexOf("Stopping Keycloak");
        int mailServer = all.indexOf("Stopping the mail server");
        int maria = all.indexOf("Stopping MariaDB");
        assertTrue(payara > 0 && payara < kc && kc < mailServer && mailServer < maria, all);
    }

    @Test
    void takenPortIsNamedWithoutStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            Path output = Files.createTempFile(LAUNCHER.getParent(), "launcher-smoke-", ".out");
            Process launcher = launch(Map.of("KYKY_PORTAL_PORT", "" + taken.getLocalPort(),
                    "KYKY_DB_PORT", "" + LocalHttp.freePort(), "KYKY_KEYCLOAK_PORT", "" + LocalHttp.freePort(),
                    "KYKY_MAIL_PORT", "" + LocalHttp.freePort(), "KYKY_MAIL_WEB_PORT", "" + LocalHttp.freePort()), output);
            assertTrue(launcher.waitFor(1, TimeUnit.MINUTES), "launcher should give up at once");
            String all = read(output);
            assertNotEquals(0, launcher.exitValue());
            assertTrue(all.contains("port " + taken.getLocalPort() + " (portal, KYKY_PORTAL_PORT) is already in use"), all);
            assertFalse(all.contains("\tat "), "no stack trace expected:\n" + all);
            assertFalse(Files.exists(dataDir.resolve("mariadb")), "nothing may be started or written");
        }
    }

    /** The Payara Micro started by the launcher (its own session, but a descendant). */
    private static long payaraPid(Process launcher) {
        return launcher.toHandle().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar"))
                .mapToLong(ProcessHandle::pid).findFirst().orElseThrow(() -> new AssertionError("no Payara Micro process"));
    }

    /** The local addresses of the TCP sockets {@code pid} listens on, from {@code ss -ltnpH}, sorted. */
    private static java.util.List<String> listeningAddresses(long pid) throws Exception {
        Process ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ss.waitFor(10, TimeUnit.SECONDS);
        return out.lines().filter(l -> l.contains("pid=" + pid + ",")).map(l -> l.trim().split("\\s+")[3]).sorted().toList();
    }

    private static HttpResponse<String> clientCredentials(int keycloakPort, String secret) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + keycloakPort + "/realms/kykyverkko/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=kykyverkko-portal"
                        + "&client_secret=" + java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Plain SMTP to the launcher's demo mail server, as the portal's MailSender does (no authentication). */
    private static void sendMail(int port, String to, String subject, String text) throws Exception {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", "" + port);
        props.setProperty("mail.smtp.connectiontimeout", "5000");
        props.setProperty("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("kykyverkko@localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    /**
     * The launcher's output goes to a file, not a pipe: reading a pipe while the process exits loses the last lines
     * ("Stream closed"), and those are the "Stopping ..." lines this test looks for.
     */
    private Process launch(Map<String, String> env, Path outputFile) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", LAUNCHER.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("KYKY_")); // only what this test says
        pb.environment().putAll(env);
        pb.environment().put("KYKY_DATA_DIR", dataDir.toString());
        return pb.start();
    }

    private static void awaitLine(Process p, Path outputFile, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (read(outputFile).contains(text)) {
                return;
            }
            if (!p.isAlive()) {
                fail("launcher exited (" + p.exitValue() + ") before '" + text + "':\n" + read(outputFile));
            }
            Thread.sleep(500);
        }
        fail("no '" + text + "' within " + timeout + ":\n" + read(outputFile));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
