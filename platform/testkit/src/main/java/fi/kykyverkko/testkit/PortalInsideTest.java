package fi.kykyverkko.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.schema.StartupState;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/**
 * An integration test that runs inside the portal on Payara Micro (the shared deployment), against the real
 * MariaDB and Keycloak: extend it, name the class {@code *IT} and {@code @Inject} the portal's beans. Each test
 * starts once the portal is ready (schemas migrated, regions set up).
 */
public abstract class PortalInsideTest extends PortalTest {

    @Inject
    protected StartupState startup;

    @BeforeEach
    void portalHasStarted() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        while (!startup.isReady() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertTrue(startup.isReady(), "portal did not become ready: " + startup.detail());
    }
}
