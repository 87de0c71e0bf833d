package fi.kykyverkko.shell;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import fi.kykyverkko.kernel.identity.TenantMembers;
import fi.kykyverkko.kernel.module.KernelModule;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.schema.StartupState;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.TestDoubles.FakeClaims;
import fi.kykyverkko.shell.TestDoubles.FakeIdentitySync;
import fi.kykyverkko.shell.TestDoubles.FakeInstance;
import fi.kykyverkko.shell.TestDoubles.FakeKeycloak;
import fi.kykyverkko.shell.TestDoubles.FakeOpenId;
import fi.kykyverkko.shell.TestDoubles.FakeProvisioner;
import fi.kykyverkko.shell.TestDoubles.FakeStartup;
import fi.kykyverkko.shell.TestDoubles.FakeTenant;
import fi.kykyverkko.shell.TestDoubles.FakeTenantMembers;
import fi.kykyverkko.shell.TestDoubles.FakeTenantRegistry;
import fi.kykyverkko.shell.admin.AdminModule;
import fi.kykyverkko.shell.admin.TenantAdministration;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;

/**
 * The portal without a browser or a CDI container, for view tests: Karibu-Testing's mocked Vaadin, with an
 * {@link Instantiator} that builds views through their {@code @Inject} constructors from in-memory fakes of
 * the kernel's beans ({@link TestDoubles}), the real {@link ViewGuard} and {@link PortalI18NProvider}, and two
 * regions: Keski-Uusimaa (core modules only) and Lappi (with the optional {@link ConsultationsModule} and its
 * own theme).
 *
 * <pre>
 * try (ShellTestKit kit = new ShellTestKit()) { kit.signInProfessional().start(); ... }
 * </pre>
 *
 * Package-private {@code @Inject} fields in other packages are set by reflection, as the container would.
 */
public final class ShellTestKit implements AutoCloseable {

    public static final TenantId KESKI_UUSIMAA = TenantId.of("keski-uusimaa");
    public static final TenantId LAPPI = TenantId.of("lappi");

    /** Every route of the shell, the administration and the test plugin, found once for all tests. */
    private static final Routes ROUTES = new Routes().autoDiscoverViews("fi.kykyverkko.shell");

    public final FakeTenantRegistry tenants = new FakeTenantRegistry();
    public final ModuleRegistry modules;
    private final Routes routes;
    private final Map<Class<?>, Object> moduleBeans = new HashMap<>();
    public final FakeProvisioner provisioner = new FakeProvisioner(tenants);
    public final FakeIdentitySync identity = new FakeIdentitySync();
    public final FakeKeycloak keycloak = new FakeKeycloak();
    public final FakeTenantMembers members = new FakeTenantMembers();
    public final FakeStartup startup = new FakeStartup();
    public final TenantThemes themes = new TenantThemes();
    public final TenantAdministration administration = new TenantAdministration();
    /** The live hub of the views, on this node's bus: publish on it to see a view refresh. */
    public final fi.kykyverkko.shell.live.LiveHub live = fi.kykyverkko.shell.live.LiveHub.local();

    /** JavaScript the server sent to the (absent) browser, in order. */
    public final List<PendingJavaScriptInvocation> javaScript = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> captureJavaScript = invocation -> {
        javaScript.add(invocation);
        return Unit.INSTANCE;
    };

    private PortalSession session;

    public ShellTestKit() {
        this(new PortalModule[0]);
    }

    /**
     * The shell with a module's own {@code installed} modules next to the shell's: their views become routes and
     * their roles, texts and menu entries count, as in the portal. Give the module's services with {@link #bean}.
     */
    public ShellTestKit(PortalModule... installed) {
        List<PortalModule> all = new ArrayList<>(List.of(new KernelModule(), new ShellModule(), new AdminModule(), new ConsultationsModule()));
        all.addAll(List.of(installed));
        modules = moduleRegistry(all.toArray(PortalModule[]::new));
        Set<Class<? extends com.vaadin.flow.component.Component>> views = new java.util.HashSet<>(ROUTES.getRoutes());
        for (PortalModule module : installed) {
            module.views().forEach(v -> views.add(v.route().asSubclass(com.vaadin.flow.component.Component.class)));
        }
        routes = new Routes(views, new java.util.HashSet<>(ROUTES.getErrorRoutes()), true);
        tenants.add(new FakeTenant(KESKI_UUSIMAA, new LocalizedText("Keski-Uusimaa", "Mellersta Nyland", "Central Uusimaa"),
                "base", List.of("Kerava", "Järvenpää", "Tuusula"), Set.of()));
        tenants.add(new FakeTenant(LAPPI, new LocalizedText("Lappi", "Lappland", "Lapland"),
                "lappi", List.of("Rovaniemi", "Kemi"), Set.of(ConsultationsModule.ID)));
        themes.directory = Optional.of(themesDirectory().toString());
        inject(administration, "provisioner", provisioner);
        inject(administration, "modules", modules);
        inject(administration, "identity", identity);
        inject(administration, "keycloak", keycloak);
        members.add(KESKI_UUSIMAA, new TenantMembers.Member("u-aino", "aino", "Aino Aalto", "aino.aalto@example.fi",
                Set.of("tenant-admin")));
        members.add(KESKI_UUSIMAA, new TenantMembers.Member("u-bertil", "bertil", "Bertil Berg", "bertil.berg@example.fi",
                Set.of("professional", "manager")));
    }

    // ---- who is signed in: what Keycloak's ID token would carry ----

    /**
     * @param tenantRoleGroups the {@code tenant_roles} claim, e.g. {@code /tenants/lappi/professional}
     * @param realmRoles       the {@code groups} claim, e.g. {@code platform-admin}
     */
    public ShellTestKit signIn(String username, String name, List<String> tenantRoleGroups, List<String> realmRoles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", name);
        claims.put("tenant_roles", tenantRoleGroups);
        claims.put("groups", realmRoles);
        session = new PortalSession();
        inject(session, "openId", new FakeOpenId(username, new FakeClaims(claims)));
        inject(session, "registry", tenants);
        inject(session, "modules", modules);
        return this;
    }

    /** Pia: a professional in Lappi only. */
    public ShellTestKit signInProfessional() {
        return signIn("pia", "Pia Paananen", List.of("/tenants/lappi/professional"), List.of());
    }

    /** Mikko: a manager in Lappi only. */
    public ShellTestKit signInManager() {
        return signIn("mikko", "Mikko Manninen", List.of("/tenants/lappi/manager"), List.of());
    }

    /** Aino: administers Keski-Uusimaa (active first: ids sort before "lappi") and is a professional in Lappi. */
    public ShellTestKit signInTwoRegionAdmin() {
        return signIn("aino", "Aino Aalto", List.of("/tenants/keski-uusimaa/tenant-admin", "/tenants/lappi/professional"), List.of());
    }

    /** Pauli: a platform administrator who belongs to no region. */
    public ShellTestKit signInPlatformAdmin() {
        return signIn("pauli", "Pauli Pääkäyttäjä", List.of(), List.of("platform-admin"));
    }

    public PortalSession session() {
        return session;
    }

    /** The object a view's {@code @Inject} constructor gets for {@code type} (a module's service or its test double). */
    public <T> ShellTestKit bean(Class<T> type, T bean) {
        moduleBeans.put(type, bean);
        return this;
    }

    /** Switches {@code moduleIds} on in {@code tenant} (besides the core modules), as its definition would. */
    public ShellTestKit enable(TenantId tenant, String... moduleIds) {
        Set<String> on = new java.util.HashSet<>(tenants.require(tenant).modules());
        on.addAll(List.of(moduleIds));
        ((FakeTenant) tenants.require(tenant)).switchModules(on);
        return this;
    }

    // ---- the mocked Vaadin ----

    /** Starts the session and its first UI, which opens the front page (through the route guard, as in the portal). */
    public ShellTestKit start() {
        if (session == null) {
            throw new IllegalStateException("sign someone in before start()");
        }
        TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().add(captureJavaScript);
        MockVaadin.setup(MockedUI::new, new KitServlet());
        return this;
    }

    @Override
    public void close() {
        try {
            MockVaadin.tearDown();
        } finally {
            TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().remove(captureJavaScript);
        }
    }

    /**
     * Opens {@code path} as typing it into the address bar would: through the router on the server, also for
     * addresses no route has (a browserless {@code UI.navigate} hands those to the absent client router).
     *
     * @return the HTTP status the page answers with
     */
    public int open(String path) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    /**
     * Loads {@code path} in a fresh page, as following a link from an e-mail or another tab would: the current UI
     * closes and a new one (with a new layout and view) opens at {@code path}, in the same session.
     */
    @SuppressWarnings("unchecked")
    public void load(String path) {
        com.vaadin.flow.server.VaadinSession vaadinSession = com.vaadin.flow.server.VaadinSession.getCurrent();
        MockVaadin.INSTANCE.closeCurrentUI(false);
        try {
            Field lastLocation = MockVaadin.class.getDeclaredField("lastUILocation");
            lastLocation.setAccessible(true);
            ((ThreadLocal<Location>) lastLocation.get(null)).set(new Location(path));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Karibu-Testing changed: MockVaadin.lastUILocation not found", e);
        }
        MockVaadin.INSTANCE.createUI$karibu_testing_v10(MockedUI::new, vaadinSession);
    }

    /** Parameters of every JavaScript call sent so far whose code contains {@code fragment}. */
    public List<List<Object>> javaScriptCalls(String fragment) {
        return javaScript.stream().map(PendingJavaScriptInvocation::getInvocation)
                .filter(call -> call.getExpression().contains(fragment))
                .map(call -> List.copyOf(call.getParameters())).toList();
    }

    private final class KitServlet extends MockVaadinServlet {

        KitServlet() {
            super(routes);
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            VaadinServletService service = new MockService(this, configuration, getUiFactory()) {
                @Override
                protected Instantiator createInstantiator() {
                    return new KitInstantiator(this);
                }
            };
            service.init();
            getRoutes().register(service.getContext());
            return service;
        }
    }

    /** What vaadin-cdi does in the portal: views from their {@code @Inject} constructors, the portal's I18N, the guard. */
    private final class KitInstantiator extends DefaultInstantiator {

        private final Map<Class<?>, Object> beans = new HashMap<>();
        private final PortalI18NProvider i18n = new PortalI18NProvider();

        KitInstantiator(VaadinService service) {
            super(service);
            i18n.modules = modules;
            beans.put(PortalSession.class, session);
            beans.put(ModuleRegistry.class, modules);
            beans.put(TenantRegistry.class, tenants);
            beans.put(TenantThemes.class, themes);
            beans.put(StartupState.class, startup);
            beans.put(TenantMembers.class, members);
            beans.put(TenantAdministration.class, administration);
            beans.put(fi.kykyverkko.shell.live.LiveHub.class, live);
            beans.putAll(moduleBeans);
        }

        @Override
        public I18NProvider getI18NProvider() {
            return i18n;
        }

        @Override
        public Stream<VaadinServiceInitListener> getServiceInitListeners() {
            ViewGuard guard = new ViewGuard();
            guard.modules = modules;
            guard.sessions = new FakeInstance<>(List.of(session));
            guard.tenants = tenants;
            return Stream.concat(super.getServiceInitListeners(), Stream.of(guard::onServiceInit));
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            if (beans.containsKey(type)) {
                return type.cast(beans.get(type));
            }
            for (Constructor<?> constructor : type.getConstructors()) {
                if (constructor.isAnnotationPresent(Inject.class)) {
                    Object[] arguments = Stream.of(constructor.getParameterTypes()).map(this::bean).toArray();
                    try {
                        return type.cast(constructor.newInstance(arguments));
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        throw new IllegalStateException(e.getCause());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot construct " + type.getName(), e);
                    }
                }
            }
            return super.getOrCreate(type);
        }

        private Object bean(Class<?> type) {
            if (!beans.containsKey(type)) {
                throw new IllegalStateException("ShellTestKit has no test double for " + type.getName()
                        + ": add one to KitInstantiator's beans");
            }
            return beans.get(type);
        }
    }

    // ---- wiring helpers ----

    static ModuleRegistry moduleRegistry(PortalModule... installed) {
        ModuleRegistry registry = new ModuleRegistry();
        inject(registry, "discovered", new FakeInstance<>(List.of(installed)));
        try {
            Method collect = ModuleRegistry.class.getDeclaredMethod("collect");
            collect.setAccessible(true);
            collect.invoke(registry);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ModuleRegistry changed: collect() not found", e);
        }
        return registry;
    }

    /** Sets an {@code @Inject} field (or a stored row's id) the way the container (or the database) would. */
    public static void inject(Object target, String fieldName, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(fieldName);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(target.getClass().getName() + " has no field " + fieldName);
    }

    /** The kit's test themes ({@code themes/lappi}) as a directory, as the portal reads them: copied out of the kit's jar. */
    private static synchronized Path themesDirectory() {
        if (themeCopy == null) {
            try {
                themeCopy = Files.createTempDirectory("kyky-themes-");
                for (String file : List.of("lappi/theme.json", "lappi/logo.svg")) {
                    Path target = themeCopy.resolve(file);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = ShellTestKit.class.getResourceAsStream("/themes/" + file)) {
                        Files.copy(in, target);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return themeCopy;
    }

    private static Path themeCopy;
}
