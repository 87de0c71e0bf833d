package fi.kykyverkko.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What integration tests deploy: the very WAR the build produced (real Vaadin bundle, real persistence.xml) plus
 * the in-container test classes.
 *
 * <p>{@link #shared()} is the one deployment all {@link PortalInsideTest} and {@link PortalClientTest} classes use:
 * it holds every in-container {@code *IT} class on the test class path (this module's test classes and every
 * module's tests jar), so whichever class runs first deploys a WAR that serves all of them, and
 * {@link SharedPayaraMicro} keeps that one Payara Micro running until the end of the run. A class that truly
 * needs a deployment of its own (another configuration, a broken database) declares its own {@code @Deployment}
 * with {@link #war(Class...)}: that one is started and stopped around the class as Arquillian does by default.
 */
public final class PortalDeployment {

    /** Marks the shared archive, so {@link SharedPayaraMicro} knows to keep it. */
    static final ArchivePath SHARED_MARKER = ArchivePaths.create("WEB-INF/kykyverkko-shared-deployment");

    private PortalDeployment() {
    }

    /** The one deployment of the integration tests of every module. */
    public static WebArchive shared() {
        List<Class<?>> classes = new ArrayList<>(inContainerTestClasses());
        classes.add(PortalTest.class);
        classes.add(PortalInsideTest.class);
        classes.add(TestMailbox.class); // in-container tests read the test mail server through it
        classes.add(fi.kykyverkko.stack.MailContent.class);
        classes.add(fi.kykyverkko.stack.MailContent.Attached.class);
        return war(classes.toArray(Class<?>[]::new)).add(EmptyAsset.INSTANCE, SHARED_MARKER);
    }

    static boolean isShared(Archive<?> archive) {
        return archive.contains(SHARED_MARKER);
    }

    /** The built WAR plus {@code testClasses} (with their nested classes), for a class with a deployment of its own. */
    public static WebArchive war(Class<?>... testClasses) {
        File built = new File(System.getProperty("kyky.it.war", "target/kykyverkko.war"));
        if (!built.isFile()) {
            throw new IllegalStateException(built + " is missing: run the tests through 'mvn verify', which packages it first");
        }
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "kykyverkko.war").importFrom(built).as(WebArchive.class);
        for (Class<?> testClass : testClasses) {
            war.addClasses(testClass);
            war.addClasses(testClass.getDeclaredClasses());
        }
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

    /**
     * Every class named {@code *IT} in a test output on the class path ({@code target/test-classes} or a
     * {@code *-tests.jar}) that runs inside the container, i.e. is not {@code @RunAsClient}.
     */
    static List<Class<?>> inContainerTestClasses() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        TreeSet<String> names = new TreeSet<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && path.getFileName().toString().equals("test-classes")) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.map(f -> path.relativize(f).toString().replace(File.separatorChar, '/')).forEach(n -> addIfIT(n, names));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith("-tests.jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    jar.stream().forEach(e -> addIfIT(e.getName(), names));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        List<Class<?>> inContainer = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, PortalDeployment.class.getClassLoader());
                if (!type.isAnnotationPresent(RunAsClient.class)) {
                    inContainer.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name + " is in a test output but cannot be loaded", e);
            }
        }
        return inContainer;
    }

    private static void addIfIT(String entry, TreeSet<String> names) {
        if (entry.endsWith("IT.class") && !entry.contains("$")) {
            names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
        }
    }
}
