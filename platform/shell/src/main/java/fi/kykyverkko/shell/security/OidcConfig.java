package fi.kykyverkko.shell.security;

import fi.kykyverkko.kernel.security.KeycloakSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Browser login: the standard OpenID Connect code flow of Jakarta Security against Keycloak. The portal never
 * sees a password. Settings come from {@link KeycloakSettings} (KYKY_KEYCLOAK_URL, KYKY_OIDC_CLIENT_ID, ...);
 * this bean only exposes them to the annotation's expressions.
 * The {@code groups} claim carries realm roles (platform-admin); tenant membership and per-tenant roles are
 * read from the {@code tenant_roles} claim by {@code PortalSession}.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/callback",
        // Soteria 3.0.3 restores the original request with a null parameter map, which Vaadin trips over;
        // the callback servlet sends the browser to the front page instead
        redirectToOriginalResource = false,
        // no "organization" scope: with it Keycloak asks people in several organizations to pick one;
        // tenant membership comes from the tenant_roles claim instead
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@ApplicationScoped
@Named("oidcConfig")
public class OidcConfig {

    @Inject
    KeycloakSettings keycloak;

    public String getProviderUri() {
        return keycloak.realmUrl();
    }

    public String getClientId() {
        return keycloak.clientId();
    }

    public String getClientSecret() {
        return keycloak.clientSecret();
    }
}
