package fi.kykyverkko.portal;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the very WAR the build produced (real Vaadin bundle, real persistence.xml), plus the test classes. */
final class PortalDeployment {

    private PortalDeployment() {
    }

    static WebArchive war(Class<?>... testClasses) {
        File built = new File(System.getProperty("kyky.it.war", "target/kykyverkko.war"));
        if (!built.isFile()) {
            throw new IllegalStateException(built + " is missing: run the tests through 'mvn verify', which packages it first");
        }
        return ShrinkWrap.create(ZipImporter.class, "kykyverkko.war").importFrom(built).as(WebArchive.class)
                .addClasses(testClasses);
    }
}
