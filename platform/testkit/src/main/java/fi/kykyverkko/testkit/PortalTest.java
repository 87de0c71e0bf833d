package fi.kykyverkko.testkit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test on the shared deployment has: Arquillian and the one {@code @Deployment}
 * ({@link PortalDeployment#shared()}). Extend {@link PortalInsideTest} or {@link PortalClientTest}, not this.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PortalTest {

    @Deployment
    public static WebArchive deployment() {
        return PortalDeployment.shared();
    }
}
