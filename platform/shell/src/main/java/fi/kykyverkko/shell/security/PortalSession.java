package fi.kykyverkko.shell.security;

import com.vaadin.cdi.annotation.VaadinSessionScoped;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The logged-in person of one browser session: who they are (from Keycloak's ID token), which tenants they
 * belong to, and which tenant they are working in now. The active tenant is always one the person belongs to.
 */
@VaadinSessionScoped
public class PortalSession implements Serializable {

    @Inject
    transient OpenIdContext openId;

    @Inject
    transient TenantRegistry registry;

    @Inject
    transient fi.kykyverkko.kernel.module.ModuleRegistry modules;

    private PortalUser user;
    private TenantId activeTenant;
    private Locale locale = Locale.forLanguageTag("fi-FI");

    public PortalUser user() {
        if (user == null) {
            OpenIdClaims claims = openId.getClaims();
            Set<TenantId> known = registry.all().stream().map(Tenant::tenantId).collect(Collectors.toSet());
            String username = claims.getPreferredUsername().orElse(openId.getSubject());
            String name = claims.getName().orElse(username);
            user = PortalUser.fromClaims(username, name, list(claims, "tenant_roles"), list(claims, "groups"), known,
                    modules.tenantRoleNames());
            activeTenant = LastRegion.read().filter(user::canUse)
                    .orElse(user.tenants().stream().findFirst().orElse(null));
        }
        return user;
    }

    /**
     * The tenant the person works in now: the region of the browser tab being served (its address names it), else
     * the one last switched to; empty for someone who belongs to none (e.g. a platform admin only). Per tab, so that
     * two tabs open in two regions never act in each other's region.
     */
    public Optional<TenantId> activeTenant() {
        user();
        return regionOfTab(UI.getCurrent()).or(() -> Optional.ofNullable(activeTenant));
    }

    /** The region of a browser tab, set when it entered a region's address. */
    public static Optional<TenantId> regionOfTab(UI tab) {
        return tab == null ? Optional.empty() : Optional.ofNullable(ComponentUtil.getData(tab, TenantId.class));
    }

    public Optional<Tenant> activeTenantDetails() {
        return activeTenant().flatMap(registry::find);
    }

    /**
     * Switches this browser tab (and the session's default for new tabs) to a tenant, and remembers it for the
     * next login; refuses a tenant the person does not belong to.
     */
    public void switchTo(TenantId tenant) {
        if (!user().canUse(tenant)) {
            throw new IllegalArgumentException("not a member of " + tenant);
        }
        activeTenant = tenant;
        UI tab = UI.getCurrent();
        if (tab != null) {
            ComponentUtil.setData(tab, TenantId.class, tenant);
        }
        LastRegion.remember(tenant);
    }

    /** The language the person chose in this session; Finnish until they choose. */
    public Locale locale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public Set<String> rolesInActiveTenant() {
        return activeTenant().map(t -> user().rolesIn(t)).orElse(user().platformAdmin() ? Set.of("platform-admin") : Set.of());
    }

    private static List<String> list(OpenIdClaims claims, String name) {
        try {
            return claims.getArrayStringClaim(name);
        } catch (RuntimeException absentOrNotAList) {
            return List.of();
        }
    }
}
