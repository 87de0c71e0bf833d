package fi.kykyverkko.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import fi.kykyverkko.kernel.security.KeycloakSettings;

/** Asks Keycloak for the realm's OpenID discovery document: the cheapest proof that logins can work. */
@ApplicationScoped
public class KeycloakProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    KeycloakSettings settings;

    public String discoveryUrl() {
        return settings.configured() ? settings.discoveryUrl() : "(kyky.keycloak.url not set)";
    }

    /** Null when Keycloak answers for the realm within 5 s, else what is wrong in one sentence. */
    public String problem() {
        return problem(Duration.ofSeconds(5));
    }

    /** Null when Keycloak answers for the realm within {@code timeout}, else what is wrong in one sentence. */
    public String problem(Duration timeout) {
        if (!settings.configured()) {
            return "kyky.keycloak.url (KYKY_KEYCLOAK_URL) is not set";
        }
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(discoveryUrl()))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200 ? null
                    : "Keycloak answered HTTP " + answer.statusCode() + " for realm '" + settings.realm() + "' at " + discoveryUrl();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "Keycloak is not reachable at " + discoveryUrl() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
    }
}
