package fi.kykyverkko.kernel.security;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.api.ApiWrites;
import fi.kykyverkko.kernel.domain.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Authenticates integration calls to {@code /api/*} with a Keycloak access token ("Authorization: Bearer").
 * The token is checked by Keycloak's standard OAuth 2.0 token introspection (RFC 7662), so a revoked token
 * stops working within {@link #CACHE_FOR}: answers are cached that long at most (never past the token's own
 * {@code exp}) to keep Keycloak out of every request's path. Only tokens meant for the portal are taken: issued to
 * the portal's client ({@code azp}) or naming it as their audience ({@code aud}, an audience mapper on an integration
 * client); a token of any other client of the realm ({@code admin-cli}, say) is refused (401, JSON). When Keycloak cannot
 * answer (down, too slow, or failing itself) the call gets 503 {@code api.identity-unavailable}, to be tried again.
 * A JAX-RS filter rather than a Jakarta Security mechanism: the browser login (OpenID Connect code flow)
 * is the application's one authentication mechanism, and the API stays stateless beside it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class.getName());
    /** The longest a revoked token keeps working (README "Configuration"). */
    public static final Duration CACHE_FOR = Duration.ofSeconds(10);
    private static final int CACHE_SIZE = 1000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Request property holding the caller's {@link PortalUser} (roles per tenant) for {@link RoleCheckFilter}. */
    public static final String CALLER = PortalUser.class.getName();

    @Inject
    KeycloakSettings settings;

    @Inject
    TenantRegistry registry;

    @Inject
    fi.kykyverkko.kernel.module.ModuleRegistry modules;

    private record Caller(String name, Set<String> roles, PortalUser user, Instant validUntil) {
    }

    private final Map<String, Caller> cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Caller> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return; // anonymous: RoleCheckFilter answers 401 where a role is needed
        }
        Caller caller;
        try {
            caller = introspect(header.substring(7).trim());
        } catch (KeycloakUnavailable e) {
            // not the token's fault: the caller may try again (a 401 would tell it to throw the token away)
            LOG.warning(() -> "Token introspection failed: " + e.getMessage());
            request.abortWith(ApiWrites.problems(Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10"),
                    new Problems().add("", "api.identity-unavailable")));
            return;
        }
        if (caller == null) {
            request.abortWith(ApiWrites.problems(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + settings.realm() + "\", error=\"invalid_token\""),
                    new Problems().add("", "api.status.401")));
            return;
        }
        request.setProperty(CALLER, caller.user());
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller::name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.roles().contains(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    /** Keycloak could not say whether the token is good: unreachable, too slow, or failing itself (HTTP 5xx). */
    private static final class KeycloakUnavailable extends Exception {
        KeycloakUnavailable(String why) {
            super(why);
        }
    }

    /** The caller the token names, or null when Keycloak says it is not good for the portal. */
    private Caller introspect(String token) throws KeycloakUnavailable {
        Caller cached = cache.get(token);
        if (cached != null && cached.validUntil().isAfter(Instant.now())) {
            return cached;
        }
        try {
            String endpoint = settings.introspectionEndpoint();
            String basic = Base64.getEncoder().encodeToString(
                    (settings.clientId() + ":" + settings.clientSecret()).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 500) {
                throw new KeycloakUnavailable("Keycloak answered HTTP " + answer.statusCode());
            }
            if (answer.statusCode() != 200) {
                LOG.warning(() -> "Token introspection answered HTTP " + answer.statusCode());
                return null;
            }
            JsonObject claims = Json.createReader(new StringReader(answer.body())).readObject();
            if (!claims.getBoolean("active", false)) {
                return null;
            }
            if (!meantForThePortal(claims, settings.clientId())) {
                LOG.fine(() -> "Token of client " + claims.getString("azp", "?") + " is not meant for the portal");
                return null;
            }
            String name = name(claims);
            Set<String> roles = roles(claims);
            Set<String> tenantRoles = new HashSet<>();
            addStrings(claims.get("tenant_roles"), tenantRoles);
            Set<TenantId> known = registry.all().stream().map(Tenant::tenantId).collect(Collectors.toSet());
            Caller caller = new Caller(name, roles, PortalUser.fromClaims(name, name, tenantRoles, roles, known, modules.tenantRoleNames()),
                    validUntil(claims, Instant.now()));
            cache.put(token, caller);
            return caller;
        } catch (java.io.IOException e) {
            throw new KeycloakUnavailable(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakUnavailable(e.toString());
        } catch (RuntimeException e) {
            // an answer that is not the JSON introspection promises: the token is not taken
            LOG.warning(() -> "Token introspection failed: " + e);
            return null;
        }
    }

    /** Issued to the portal's own client, or naming it among its audiences. */
    static boolean meantForThePortal(JsonObject claims, String portalClient) {
        if (portalClient.equals(claims.getString("azp", null))) {
            return true;
        }
        JsonValue audience = claims.get("aud");
        if (audience instanceof JsonString one) {
            return portalClient.equals(one.getString());
        }
        return audience != null && audience.getValueType() == JsonValue.ValueType.ARRAY
                && audience.asJsonArray().stream().anyMatch(a -> a instanceof JsonString s && portalClient.equals(s.getString()));
    }

    /** How long an introspection answer may be reused: {@link #CACHE_FOR}, and never past the token's expiry. */
    static Instant validUntil(JsonObject claims, Instant now) {
        Instant cached = now.plus(CACHE_FOR);
        if (claims.get("exp") instanceof jakarta.json.JsonNumber exp) {
            Instant expires = Instant.ofEpochSecond(exp.longValue());
            return expires.isBefore(cached) ? expires : cached;
        }
        return cached;
    }

    private static String name(JsonObject claims) {
        for (String key : new String[] {"preferred_username", "username", "client_id", "sub"}) {
            if (claims.get(key) instanceof JsonString s) {
                return s.getString();
            }
        }
        return "unknown";
    }

    /** Realm roles, from the {@code groups} claim the portal's mapper writes, or Keycloak's {@code realm_access}. */
    private static Set<String> roles(JsonObject claims) {
        Set<String> roles = new HashSet<>();
        addStrings(claims.get("groups"), roles);
        if (claims.get("realm_access") instanceof JsonObject access) {
            addStrings(access.get("roles"), roles);
        }
        return roles;
    }

    private static void addStrings(JsonValue value, Set<String> into) {
        if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(v -> {
                if (v instanceof JsonString s) {
                    into.add(s.getString());
                }
            });
        }
    }
}
