package fi.kykyverkko.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.schema.StartupState;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test that runs inside the portal on Payara Micro (the shared deployment), against the real
 * MariaDB and Keycloak: extend it, name the class {@code *IT} and {@code @Inject} the portal's beans. Each test
 * starts once the portal is ready (schemas migrated, regions set up).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PortalInsideTest {

    @Inject
    protected StartupState startup;

    @Deployment
    public static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @BeforeEach
    void portalHasStarted() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        while (!startup.isReady() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertTrue(startup.isReady(), "portal did not become ready: " + startup.detail());
    }
}
