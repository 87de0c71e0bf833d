package fi.kykyverkko.surveys.survey;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Set;

/** Who runs surveys in a region: its team, its admins and the panel's facilitators (they ask the panel's mood). */
public final class SurveyRoles {

    public static final Set<String> ORGANISERS = Set.of(Roles.PROFESSIONAL, Roles.MANAGER, Roles.TENANT_ADMIN, Roles.PANEL_FACILITATOR);

    private SurveyRoles() {
    }

    public static boolean canOrganise(PortalUser user, TenantId tenant) {
        return user.rolesIn(tenant).stream().anyMatch(ORGANISERS::contains);
    }

    public static void requireOrganiser(PortalUser user, TenantId tenant) {
        if (!canOrganise(user, tenant)) {
            throw new SecurityException(user.username() + " may not run surveys in " + tenant);
        }
    }
}
