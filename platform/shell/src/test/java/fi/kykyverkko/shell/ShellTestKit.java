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
import fi.kykyverkko.kernel.identity.KeycloakAdmin;
import fi.kykyverkko.kernel.identity.KeycloakAdmin.KeycloakException;
import fi.kykyverkko.kernel.identity.TenantIdentitySync;
import fi.kykyverkko.kernel.identity.TenantMembers;
import fi.kykyverkko.kernel.module.KernelModule;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.schema.StartupState;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantExistsException;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.admin.AdminModule;
import fi.kykyverkko.shell.admin.TenantAdministration;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.Claims;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;

/**
 * The portal without a browser or a CDI container, for view tests: Karibu-Testing's mocked Vaadin, with an
 * {@link Instantiator} that builds views through their {@code @Inject} constructors from in-memory fakes of
 * the kernel's beans, the real {@link ViewGuard} and {@link PortalI18NProvider}, and two regions:
 * Keski-Uusimaa (core modules only) and Lappi (with the optional {@link ConsultationsModule} and its own theme).
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
    public final ModuleRegistry modules = moduleRegistry(
            new KernelModule(), new ShellModule(), new AdminModule(), new ConsultationsModule());
    public final FakeProvisioner provisioner = new FakeProvisioner(tenants);
    public final FakeIdentitySync identity = new FakeIdentitySync();
    public final FakeKeycloak keycloak = new FakeKeycloak();
    public final FakeTenantMembers members = new FakeTenantMembers();
    public final FakeStartup startup = new FakeStartup();
    public final TenantThemes themes = new TenantThemes();
    public final TenantAdministration administration = new TenantAdministration();

    /** JavaScript the server sent to the (absent) browser, in order. */
    public final List<PendingJavaScriptInvocation> javaScript = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> captureJavaScript = invocation -> {
        javaScript.add(invocation);
        return Unit.INSTANCE;
    };

    private PortalSession session;

    public ShellTestKit() {
        tenants.add(new FakeTenant(KESKI_UUSIMAA, new LocalizedText("Keski-Uusimaa", "Mellersta Nyland", "Central Uusimaa"),
                "base", List.of("Kerava", "Järvenpää", "Tuusula"), Set.of()));
        tenants.add(new FakeTenant(LAPPI, new LocalizedText("Lappi", "Lappland", "Lapland"),
                "lappi", List.of("Rovaniemi", "Kemi"), Set.of(ConsultationsModule.ID)));
        themes.directory = Optional.of(testResource("themes").toString());
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

    /** Parameters of every JavaScript call sent so far whose code contains {@code fragment}. */
    public List<List<Object>> javaScriptCalls(String fragment) {
        return javaScript.stream().map(PendingJavaScriptInvocation::getInvocation)
                .filter(call -> call.getExpression().contains(fragment))
                .map(call -> List.copyOf(call.getParameters())).toList();
    }

    private final class KitServlet extends MockVaadinServlet {

        KitServlet() {
            super(ROUTES);
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

    /** Sets an {@code @Inject} field the way the container would. */
    static void inject(Object target, String fieldName, Object value) {
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

    private static Path testResource(String name) {
        try {
            return Path.of(ShellTestKit.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- test doubles ----

    /** A region as the registry would hold it; its optional modules can be switched. */
    public static final class FakeTenant extends Tenant {
        private final TenantId id;
        private final LocalizedText names;
        private final String theme;
        private final List<String> municipalities;
        private final Set<String> modules = new TreeSet<>();

        public FakeTenant(TenantId id, LocalizedText names, String theme, List<String> municipalities, Set<String> modules) {
            this.id = id;
            this.names = names;
            this.theme = theme;
            this.municipalities = List.copyOf(municipalities);
            this.modules.addAll(modules);
        }

        @Override
        public TenantId tenantId() {
            return id;
        }

        @Override
        public String schemaName() {
            return id.schema();
        }

        @Override
        public LocalizedText names() {
            return names;
        }

        @Override
        public String organisation() {
            return names.fi() + " (test)";
        }

        @Override
        public String theme() {
            return theme;
        }

        @Override
        public List<String> municipalities() {
            return municipalities;
        }

        @Override
        public Set<String> modules() {
            return Set.copyOf(modules);
        }

        void switchModules(Set<String> moduleIds) {
            modules.clear();
            modules.addAll(moduleIds);
        }
    }

    /** The platform registry in memory, in id order like the real query. */
    public static final class FakeTenantRegistry extends TenantRegistry {
        private final Map<TenantId, FakeTenant> byId = new TreeMap<>();

        public void add(FakeTenant tenant) {
            byId.put(tenant.tenantId(), tenant);
        }

        @Override
        public List<Tenant> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public Optional<Tenant> find(TenantId id) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    /** Records what the administration asked for; a created region appears in the registry at once. */
    public static final class FakeProvisioner extends TenantProvisioner {
        public record Created(TenantDefinition definition, String definedBy) {
        }

        public record ModuleSwitch(TenantId tenant, Set<String> modules) {
        }

        public final List<Created> created = new ArrayList<>();
        public final List<ModuleSwitch> moduleSwitches = new ArrayList<>();
        private final FakeTenantRegistry tenants;

        FakeProvisioner(FakeTenantRegistry tenants) {
            this.tenants = tenants;
        }

        @Override
        public void create(TenantDefinition definition, String definedBy) throws TenantExistsException {
            if (tenants.find(definition.id()).isPresent()) {
                throw new TenantExistsException(definition.id());
            }
            created.add(new Created(definition, definedBy));
            tenants.add(new FakeTenant(definition.id(), definition.names(), definition.theme(), definition.municipalities(),
                    definition.modules()));
        }

        @Override
        public void setModules(TenantId tenant, Set<String> moduleIds) {
            moduleSwitches.add(new ModuleSwitch(tenant, Set.copyOf(moduleIds)));
            ((FakeTenant) tenants.require(tenant)).switchModules(moduleIds);
        }
    }

    /** Role grants that would go to Keycloak. */
    public static final class FakeIdentitySync extends TenantIdentitySync {
        public record Grant(TenantId tenant, String userId, Set<String> roles) {
        }

        public final List<Grant> grants = new ArrayList<>();

        @Override
        public void grant(TenantId tenant, String userId, Iterable<String> roles) {
            Set<String> copy = new TreeSet<>();
            roles.forEach(copy::add);
            grants.add(new Grant(tenant, userId, copy));
        }
    }

    /** Keycloak knows every user as {@code kc-<username>}. */
    public static final class FakeKeycloak extends KeycloakAdmin {
        @Override
        public Optional<String> userIdByUsername(String username) {
            return Optional.of("kc-" + username);
        }
    }

    /** A tenant's people as Keycloak would list them; records invitations and role changes; can be "down". */
    public static final class FakeTenantMembers extends TenantMembers {
        public record Invite(TenantId tenant, String email, String firstName, String lastName, Set<String> roles, String language) {
        }

        public record RoleChange(TenantId tenant, String userId, Set<String> roles) {
        }

        public final List<Invite> invites = new ArrayList<>();
        public final List<RoleChange> roleChanges = new ArrayList<>();
        /** When set, every call fails as when Keycloak does not answer. */
        public boolean keycloakDown;
        private final Map<TenantId, List<Member>> byTenant = new HashMap<>();

        /** Adds a member; roles are kept sorted, as {@link TenantMembers#list} gives them. */
        public void add(TenantId tenant, Member member) {
            byTenant.computeIfAbsent(tenant, t -> new ArrayList<>())
                    .add(new Member(member.userId(), member.username(), member.name(), member.email(), new TreeSet<>(member.roles())));
        }

        @Override
        public List<Member> list(TenantId tenant) {
            failIfDown();
            return byTenant.getOrDefault(tenant, List.of()).stream().sorted(Comparator.comparing(Member::name)).toList();
        }

        @Override
        public boolean invite(TenantId tenant, String email, String firstName, String lastName, Set<String> roles, String locale) {
            failIfDown();
            invites.add(new Invite(tenant, email, firstName, lastName, Set.copyOf(roles), locale));
            boolean isNew = byTenant.values().stream().flatMap(List::stream).noneMatch(m -> m.email().equals(email));
            add(tenant, new Member("u-" + email, email, (firstName + " " + lastName).trim(), email, roles));
            return isNew;
        }

        @Override
        public void setRoles(TenantId tenant, String userId, Set<String> roles) {
            failIfDown();
            roleChanges.add(new RoleChange(tenant, userId, Set.copyOf(roles)));
            byTenant.get(tenant).replaceAll(m -> m.userId().equals(userId)
                    ? new Member(m.userId(), m.username(), m.name(), m.email(), new TreeSet<>(roles)) : m);
        }

        private void failIfDown() {
            if (keycloakDown) {
                throw new KeycloakException("Keycloak does not answer (test)");
            }
        }
    }

    /** Ready unless a test says otherwise. */
    public static final class FakeStartup extends StartupState {
        public boolean ready = true;
        public String detail = "ready";

        @Override
        public boolean isReady() {
            return ready;
        }

        @Override
        public Phase phase() {
            return ready ? Phase.READY : Phase.WAITING;
        }

        @Override
        public String detail() {
            return detail;
        }
    }

    /** The claims of an ID token. */
    static final class FakeClaims implements OpenIdClaims {
        private final Map<String, Object> claims;

        FakeClaims(Map<String, Object> claims) {
            this.claims = Map.copyOf(claims);
        }

        @Override
        public Optional<String> getStringClaim(String name) {
            return claims.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> getArrayStringClaim(String name) {
            return claims.get(name) instanceof List<?> list ? (List<String>) list : List.of();
        }

        @Override
        public Optional<Instant> getNumericDateClaim(String name) {
            return Optional.empty();
        }

        @Override
        public OptionalInt getIntClaim(String name) {
            return OptionalInt.empty();
        }

        @Override
        public OptionalLong getLongClaim(String name) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalDouble getDoubleClaim(String name) {
            return OptionalDouble.empty();
        }

        @Override
        public Optional<Claims> getNested(String name) {
            return Optional.empty();
        }
    }

    /** The OpenID Connect login's result, as far as {@link PortalSession} reads it. */
    static final class FakeOpenId implements OpenIdContext {
        private final String subject;
        private final transient OpenIdClaims claims;

        FakeOpenId(String subject, OpenIdClaims claims) {
            this.subject = subject;
            this.claims = claims;
        }

        @Override
        public String getSubject() {
            return subject;
        }

        @Override
        public OpenIdClaims getClaims() {
            return claims;
        }

        @Override
        public String getTokenType() {
            return "Bearer";
        }

        @Override
        public AccessToken getAccessToken() {
            throw new UnsupportedOperationException("not used by the shell");
        }

        @Override
        public IdentityToken getIdentityToken() {
            throw new UnsupportedOperationException("not used by the shell");
        }

        @Override
        public Optional<RefreshToken> getRefreshToken() {
            return Optional.empty();
        }

        @Override
        public Optional<Long> getExpiresIn() {
            return Optional.empty();
        }

        @Override
        public JsonObject getClaimsJson() {
            throw new UnsupportedOperationException("not used by the shell");
        }

        @Override
        public JsonObject getProviderMetadata() {
            throw new UnsupportedOperationException("not used by the shell");
        }

        @Override
        public <T> Optional<T> getStoredValue(HttpServletRequest request, HttpServletResponse response, String key) {
            return Optional.empty();
        }
    }

    /** {@code Instance<T>} over a fixed list of beans: iteration and {@code get()} are all the shell uses. */
    static final class FakeInstance<T> implements Instance<T> {
        private final List<T> beans;

        FakeInstance(List<T> beans) {
            this.beans = List.copyOf(beans);
        }

        @Override
        public T get() {
            if (beans.size() != 1) {
                throw new IllegalStateException(beans.size() + " beans, expected one");
            }
            return beans.get(0);
        }

        @Override
        public Iterator<T> iterator() {
            return beans.iterator();
        }

        @Override
        public boolean isUnsatisfied() {
            return beans.isEmpty();
        }

        @Override
        public boolean isAmbiguous() {
            return beans.size() > 1;
        }

        @Override
        public void destroy(T instance) {
            // nothing to release
        }

        @Override
        public Instance<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Handle<T> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<T>> handles() {
            throw new UnsupportedOperationException();
        }
    }
}
