package fi.kykyverkko.portal;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the very WAR the build produced (real Vaadin bundle, real persistence.xml), plus the test classes. */
final class PortalDeployment {

    private PortalDeployment() {
    }

    /**
     * Waits until the deployed portal's readiness is UP: schemas migrated and the regions' organizations, role
     * groups and demo people in Keycloak.
     */
    /** The portal's address for a browser: Keycloak accepts redirects to the loopback address on any port, not to "localhost". */
    static String loopback(java.net.URL base, String path) {
        return "http://127.0.0.1:" + base.getPort() + base.getPath() + path;
    }

    static void awaitReady(java.net.URL base) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready")).build();
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(180);
        java.net.http.HttpResponse<String> last = null;
        while (java.time.Instant.now().isBefore(deadline)) {
            last = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 200) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("portal not ready within 3 minutes: " + (last == null ? "no answer" : last.body()));
    }

    static WebArchive war(Class<?>... testClasses) {
        File built = new File(System.getProperty("kyky.it.war", "target/kykyverkko.war"));
        if (!built.isFile()) {
            throw new IllegalStateException(built + " is missing: run the tests through 'mvn verify', which packages it first");
        }
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "kykyverkko.war").importFrom(built).as(WebArchive.class)
                .addClasses(testClasses);
        if (testClasses.length > 0) {
            // in-container tests talk to Arquillian's servlet, which the portal's login constraint would cover
            war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-open.jar").addAsManifestResource(new StringAsset("""
                    <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                      <name>arquillian_open</name>
                      <security-constraint>
                        <web-resource-collection>
                          <web-resource-name>arquillian</web-resource-name>
                          <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        </web-resource-collection>
                      </security-constraint>
                    </web-fragment>
                    """), "web-fragment.xml"));
        }
        return war;
    }
}
