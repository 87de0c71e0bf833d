package fi.kykyverkko.shell.admin;

import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names people read instead of the ids the definitions use: a module by its name, a theme by the region it was
 * made for (themes are named after their region's id; "base" is the portal's own look).
 */
public final class RegionLabels {

    private final ModuleRegistry modules;
    private final TenantRegistry tenants;
    private final com.vaadin.flow.component.Component where;

    public RegionLabels(ModuleRegistry modules, TenantRegistry tenants, com.vaadin.flow.component.Component where) {
        this.modules = modules;
        this.tenants = tenants;
        this.where = where;
    }

    /** The optional modules' names, sorted as the reader's language sorts; an id no installed module has is said so. */
    public String modules(Set<String> ids, Locale locale) {
        return ids.stream().map(id -> modules.find(id).map(m -> m.name().in(locale))
                        .orElseGet(() -> where.getTranslation("admin.module.not-installed", id)))
                .sorted(java.text.Collator.getInstance(locale)).collect(Collectors.joining(", "));
    }

    /** A theme as the region it belongs to ("Lappi"), the portal's own look, or its folder name when neither. */
    public String theme(String theme, Locale locale) {
        if (theme == null || theme.equals("base")) {
            return where.getTranslation("admin.theme.base");
        }
        Optional<Tenant> region = TenantId.problemWith(theme) == null ? tenants.find(TenantId.of(theme)) : Optional.empty();
        return region.map(t -> t.names().in(locale)).orElse(theme);
    }
}
