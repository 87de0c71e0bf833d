package fi.kykyverkko.testkit;

import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RoutePrefix;
import fi.kykyverkko.kernel.module.ModuleRole;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.module.PublicPage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What the installed modules declare, found as the portal finds them: every concrete {@link PortalModule} in a
 * {@code fi.kykyverkko} jar (or classes folder) on the class path, instantiated with its no-argument constructor (the
 * declarations are plain lists; nothing injected is needed to read them). The test kit's own stand-in modules are left
 * out. Tests that must cover every module (the cross-region probes) take their targets from here, so a new module is
 * covered without anyone writing a test for it.
 */
public final class DeclaredModules {

    /** One view address: its template ({@code consultations/session/:id([0-9]{1,18})}), region-prefixed or not. */
    public record Route(String module, String template, boolean inRegion, java.util.Set<String> roles, String view) {
    }

    private final List<PortalModule> modules;

    private DeclaredModules(List<PortalModule> modules) {
        this.modules = modules;
    }

    /** The modules on this JVM's class path. */
    public static DeclaredModules onClassPath() {
        List<PortalModule> found = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            for (String className : classNames(Path.of(entry))) {
                PortalModule module = instantiate(className);
                if (module != null) {
                    found.add(module);
                }
            }
        }
        found.sort(Comparator.comparing(PortalModule::id));
        return new DeclaredModules(List.copyOf(found));
    }

    public List<PortalModule> modules() {
        return modules;
    }

    /** Every view address of every module, with its aliases. */
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (PortalModule module : modules) {
            for (ModuleView view : module.views()) {
                Class<?> type = view.route();
                com.vaadin.flow.router.Route route = type.getAnnotation(com.vaadin.flow.router.Route.class);
                if (route != null) {
                    routes.add(route(module, view, route.value(), route.absolute(), route.layout()));
                }
                for (RouteAlias alias : type.getAnnotationsByType(RouteAlias.class)) {
                    routes.add(route(module, view, alias.value(), alias.absolute(), alias.layout()));
                }
            }
        }
        return routes;
    }

    /** Every role any module declares. */
    public List<String> roles() {
        return modules.stream().flatMap(m -> m.roles().stream()).map(ModuleRole::name).distinct().sorted().toList();
    }

    /** Every public page name ({@code /public/<region>/<name>}) with the module that serves it. */
    public List<String[]> publicPages() {
        List<String[]> pages = new ArrayList<>();
        for (PortalModule module : modules) {
            for (Class<? extends PublicPage> page : module.publicPages()) {
                try {
                    pages.add(new String[] {module.id(), page.getDeclaredConstructor().newInstance().name()});
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("public page " + page.getName() + " needs a no-argument constructor to be probed", e);
                }
            }
        }
        return pages;
    }

    private static Route route(PortalModule module, ModuleView view, String value, boolean absolute, Class<?> layout) {
        // a view inside a layout with a route prefix (the shell's region segment) lives under a region
        boolean inRegion = !absolute && layout.getAnnotation(RoutePrefix.class) != null;
        return new Route(module.id(), value, inRegion, view.roles(), view.route().getSimpleName());
    }

    private static PortalModule instantiate(String className) {
        try {
            Class<?> type = Class.forName(className, false, DeclaredModules.class.getClassLoader());
            if (!PortalModule.class.isAssignableFrom(type) || type.isInterface()
                    || Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                return null;
            }
            return (PortalModule) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // not a module, or a class that cannot load outside the server: the portal would not list it either
        }
    }

    /** Class names ending in {@code Module} under fi/kykyverkko, in a jar or classes folder that is not the test kit's. */
    private static List<String> classNames(Path entry) {
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(entry)) {
                if (Files.exists(entry.resolve("fi/kykyverkko/testkit")) || entry.endsWith("test-classes")) {
                    return names;
                }
                try (Stream<Path> files = Files.walk(entry)) {
                    files.map(p -> entry.relativize(p).toString().replace(File.separatorChar, '/'))
                            .filter(DeclaredModules::candidate).forEach(n -> names.add(className(n)));
                }
            } else if (entry.toString().endsWith(".jar") && !entry.toString().endsWith("-tests.jar") && Files.isRegularFile(entry)
                    && entry.getFileName().toString().startsWith("kykyverkko-")) {
                try (ZipFile jar = new ZipFile(entry.toFile())) {
                    if (jar.getEntry("fi/kykyverkko/testkit/") != null
                            || jar.stream().anyMatch(e -> e.getName().startsWith("fi/kykyverkko/testkit/"))) {
                        return names;
                    }
                    jar.stream().map(java.util.zip.ZipEntry::getName).filter(DeclaredModules::candidate)
                            .forEach(n -> names.add(className(n)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static boolean candidate(String path) {
        return path.startsWith("fi/kykyverkko/") && path.endsWith("Module.class") && !path.contains("$");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
