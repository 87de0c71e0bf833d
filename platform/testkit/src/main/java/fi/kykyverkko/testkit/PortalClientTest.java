package fi.kykyverkko.testkit;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;

/**
 * An integration test that talks to the portal from outside (HTTP, REST with Keycloak tokens, {@link Browser}),
 * on the shared deployment: extend it and name the class {@code *IT}. Each test starts once the portal is ready.
 */
@RunAsClient
public abstract class PortalClientTest extends PortalTest {

    /** Redirects are not followed: tests check where the portal sends people. */
    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    protected URL base;

    /** Waits until the portal's readiness is UP: schemas migrated and the regions set up in Keycloak. */
    @BeforeEach
    void portalIsReady() throws Exception {
        Instant deadline = Instant.now().plusSeconds(180);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get("/health/ready", null);
            if (last.statusCode() == 200) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("portal not ready within 3 minutes: " + (last == null ? "no answer" : last.body()));
    }

    /**
     * The address of {@code path} in the portal ({@code api/tenants/lappi/services}), or on the server when it starts
     * with a slash ({@code /health/ready}, {@code /openapi}: Payara serves those outside the application). Always the
     * loopback address: Keycloak accepts redirects to it on any port, not to "localhost".
     */
    protected String portal(String path) {
        return "http://127.0.0.1:" + base.getPort() + (path.startsWith("/") ? path : base.getPath() + path);
    }

    /** GET {@code path} (see {@link #portal(String)}), with a Bearer token or none. */
    protected HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    /** Sends {@code method} to {@code path} with a JSON {@code body} (or none) and a Bearer token (or none); the API is asked for JSON. */
    protected HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return send(method, path, token, body, Duration.ofSeconds(60));
    }

    /** As {@link #send(String, String, String, String)}, giving up after {@code timeout}. */
    protected HttpResponse<String> send(String method, String path, String token, String body, Duration timeout) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal(path))).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (path.startsWith("api/")) {
            request.header("Accept", "application/json");
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
