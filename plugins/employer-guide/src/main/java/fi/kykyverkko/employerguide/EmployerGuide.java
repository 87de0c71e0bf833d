package fi.kykyverkko.employerguide;

import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The region's employer guide: every member reads the published sections, the employer liaison and the
 * region's admins write, order, publish and withdraw them. Permissions are checked here, not only in the view.
 */
@ApplicationScoped
public class EmployerGuide {

    private static final Set<String> EDITORS = Set.of(EmployerGuideModule.EDITOR, Roles.TENANT_ADMIN);

    @Inject
    TenantData data;

    private TenantStore<GuideSection> store() {
        return new TenantStore<>(data, GuideSection.class); // a thin view over TenantData, nothing to keep
    }

    public static boolean canEdit(PortalUser user, TenantId tenant) {
        return user.hasAnyRole(tenant, EDITORS);
    }

    /** What employers see: the published sections in guide order. */
    public List<GuideSection> published(TenantId tenant) {
        return all(tenant).stream().filter(GuideSection::isPublished).toList();
    }

    /** What the reader may see: every section, drafts included, for editors; the published ones for the others. */
    public List<GuideSection> sectionsFor(PortalUser reader, TenantId tenant) {
        return canEdit(reader, tenant) ? all(tenant) : published(tenant);
    }

    /** Whether the region has no section at all, drafts included. */
    public boolean isEmpty(TenantId tenant) {
        return all(tenant).isEmpty();
    }

    public Optional<GuideSection> section(TenantId tenant, String code) {
        return store().byCode(tenant, code);
    }

    /** Saves a new or changed section; refused for someone who is not an editor in the region. */
    public GuideSection save(PortalUser editor, TenantId tenant, GuideSection section) {
        if (!canEdit(editor, tenant)) {
            throw new SecurityException(editor.username() + " may not edit the employer guide of " + tenant);
        }
        return store().save(tenant, editor.username(), section);
    }

    /** Saves as the system (demo data), without a person's permission check. */
    GuideSection saveAsSystem(TenantId tenant, GuideSection section) {
        return store().save(tenant, "system", section);
    }

    private List<GuideSection> all(TenantId tenant) {
        return store().all(tenant).stream()
                .sorted(Comparator.comparingInt(GuideSection::getPosition).thenComparing(GuideSection::getCode)).toList();
    }
}
