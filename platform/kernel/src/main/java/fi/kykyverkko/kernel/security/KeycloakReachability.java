package fi.kykyverkko.kernel.security;

import fi.kykyverkko.kernel.health.KeycloakProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers right now, asked at most every 10 s and given 2 s to answer: a login that cannot start
 * then gets a page saying so instead of an empty error, and people already logged in never wait for the check.
 */
@ApplicationScoped
public class KeycloakReachability {

    private static final Logger LOG = Logger.getLogger(KeycloakReachability.class.getName());
    static final Duration REMEMBERED = Duration.ofSeconds(10);
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    KeycloakProbe keycloak;

    private volatile long checkedAt;
    private volatile boolean reachable = true;

    /** Whether the realm's discovery document answered 200 the last time it was asked (asked again after 10 s). */
    public boolean reachable() {
        long now = System.nanoTime();
        if (checkedAt == 0 || now - checkedAt > REMEMBERED.toNanos()) {
            boolean answer = ask();
            if (answer != reachable) {
                LOG.warning(answer ? "Keycloak answers again" : "Keycloak does not answer at " + keycloak.discoveryUrl()
                        + ": logins show a page saying so");
            }
            reachable = answer;
            checkedAt = now;
        }
        return reachable;
    }

    /** Remembers that Keycloak did not answer (a login just failed to reach it), until the next check. */
    public void unreachable() {
        reachable = false;
        checkedAt = System.nanoTime();
    }

    private boolean ask() {
        return keycloak.problem(TIMEOUT) == null;
    }
}
