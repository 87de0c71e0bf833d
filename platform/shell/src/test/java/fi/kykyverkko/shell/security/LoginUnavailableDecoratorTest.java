package fi.kykyverkko.shell.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** Only a failure to reach Keycloak becomes the "login unavailable" page; any other failure stays an error. */
class LoginUnavailableDecoratorTest {

    @Test
    void aConnectionFailureDeepInTheCauseIsKeycloakUnreachable() {
        RuntimeException soteria = new IllegalStateException("discovery failed",
                new RuntimeException("jax-rs", new UncheckedIOException(new ConnectException("Connection refused"))));
        assertTrue(LoginUnavailableDecorator.causedByIo(soteria));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(LoginUnavailableDecorator.causedByIo(new IllegalStateException("bad state",
                new IllegalArgumentException("bad argument"))));
    }
}
