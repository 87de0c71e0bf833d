package fi.kykyverkko.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and who the portal is to it, from MicroProfile Config (KYKY_KEYCLOAK_URL,
 * KYKY_KEYCLOAK_REALM, KYKY_OIDC_CLIENT_ID, KYKY_OIDC_CLIENT_SECRET). Every Keycloak endpoint the portal uses
 * is built here.
 */
@ApplicationScoped
public class KeycloakSettings {

    @Inject
    @ConfigProperty(name = "kyky.keycloak.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "kyky.keycloak.realm", defaultValue = "kykyverkko")
    String realm;

    @Inject
    @ConfigProperty(name = "kyky.oidc.client-id", defaultValue = "kykyverkko-portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "kyky.oidc.client-secret")
    Optional<String> clientSecret;

    /** Thrown when a setting the portal needs for Keycloak is missing; names the variable to set. */
    public static class MissingSetting extends IllegalStateException {
        MissingSetting(String what) {
            super(what + " is not set");
        }
    }

    public boolean configured() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    public String realm() {
        return realm;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret.orElseThrow(() -> new MissingSetting("kyky.oidc.client-secret (KYKY_OIDC_CLIENT_SECRET)"));
    }

    /** e.g. http://localhost:8180, without a trailing slash. */
    public String baseUrl() {
        return url.filter(u -> !u.isBlank()).map(u -> u.replaceAll("/+$", ""))
                .orElseThrow(() -> new MissingSetting("kyky.keycloak.url (KYKY_KEYCLOAK_URL)"));
    }

    /** The OpenID provider (issuer) URL of the realm. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + realm;
    }

    public String discoveryUrl() {
        return realmUrl() + "/.well-known/openid-configuration";
    }

    public String tokenEndpoint() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public String introspectionEndpoint() {
        return tokenEndpoint() + "/introspect";
    }

    public String endSessionEndpoint() {
        return realmUrl() + "/protocol/openid-connect/logout";
    }

    /** Base of the Admin REST API for the realm. */
    public String adminUrl() {
        return baseUrl() + "/admin/realms/" + realm;
    }
}
