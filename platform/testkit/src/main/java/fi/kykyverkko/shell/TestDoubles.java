package fi.kykyverkko.shell;

import fi.kykyverkko.kernel.identity.KeycloakAdmin;
import fi.kykyverkko.kernel.identity.KeycloakAdmin.KeycloakException;
import fi.kykyverkko.kernel.identity.TenantIdentitySync;
import fi.kykyverkko.kernel.identity.TenantMembers;
import fi.kykyverkko.kernel.schema.StartupState;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantExistsException;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
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

/**
 * In-memory stand-ins for the kernel's beans and the OpenID login, for {@link ShellTestKit}: each records what
 * the views asked of it, so a test can check that a view called the right service with the right values.
 */
public final class TestDoubles {

    private TestDoubles() {
    }


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
