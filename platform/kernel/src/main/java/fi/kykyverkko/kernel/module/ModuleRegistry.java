package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.tenancy.Tenant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every module installed in this portal (found through CDI), and which of them a tenant has on. */
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    @Any
    Instance<PortalModule> discovered;

    private List<PortalModule> modules;
    private List<ModuleRole> roles;

    @PostConstruct
    void collect() {
        collect(discovered);
    }

    /** Takes {@code installed} as the portal's modules; refuses two modules with one id or one role name. */
    void collect(Iterable<? extends PortalModule> installed) {
        Map<String, PortalModule> byId = new HashMap<>();
        for (PortalModule module : installed) {
            PortalModule clash = byId.put(module.id(), module);
            if (clash != null) {
                throw new IllegalStateException("Two modules claim the id '" + module.id() + "': "
                        + clash.getClass().getName() + " and " + module.getClass().getName());
            }
        }
        // core first, then by menu order and id, so migrations and menus have a stable order
        modules = byId.values().stream()
                .sorted(Comparator.comparing((PortalModule m) -> !m.core()).thenComparingInt(PortalModule::menuOrder)
                        .thenComparing(PortalModule::id))
                .toList();
        Map<String, PortalModule> roleOwners = new HashMap<>();
        for (PortalModule module : modules) {
            for (ModuleRole role : module.roles()) {
                PortalModule clash = roleOwners.put(role.name(), module);
                if (clash != null) {
                    throw new IllegalStateException("Two modules declare the role '" + role.name() + "': " + clash.id()
                            + " and " + module.id());
                }
            }
        }
        roles = modules.stream().flatMap(m -> m.roles().stream()).toList();
    }

    /** Every role a person can hold inside a region, as the installed modules declare them (kernel's first). */
    public List<ModuleRole> tenantRoles() {
        return roles;
    }

    /** The names of {@link #tenantRoles()}, in the same order. */
    public Set<String> tenantRoleNames() {
        return names(roles);
    }

    /** The role names of the modules {@code tenant} has on, in module order. */
    public Set<String> tenantRoleNames(Tenant tenant) {
        return names(enabledFor(tenant).stream().flatMap(m -> m.roles().stream()).toList());
    }

    private static Set<String> names(List<ModuleRole> roles) {
        Set<String> names = new java.util.LinkedHashSet<>();
        roles.forEach(r -> names.add(r.name()));
        return java.util.Collections.unmodifiableSet(names);
    }

    /** The role's name in {@code locale}; the bare name for a role no installed module declares (any more). */
    public String roleLabel(String name, java.util.Locale locale) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst().map(r -> r.label().in(locale)).orElse(name);
    }

    public List<PortalModule> all() {
        return modules;
    }

    public Set<String> installedIds() {
        return modules.stream().map(PortalModule::id).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<PortalModule> find(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public boolean isEnabled(PortalModule module, Tenant tenant) {
        return module.core() || tenant.modules().contains(module.id());
    }

    /** The module that declares {@code route} as one of its views. */
    public Optional<PortalModule> owner(Class<?> route) {
        return modules.stream().filter(m -> m.views().stream().anyMatch(v -> v.route().equals(route))).findFirst();
    }

    /** The module that declares {@code resource} as one of its REST resources. */
    public Optional<PortalModule> resourceOwner(Class<?> resource) {
        return modules.stream().filter(m -> m.resources().contains(resource)).findFirst();
    }

    public Optional<ModuleView> view(Class<?> route) {
        return modules.stream().flatMap(m -> m.views().stream()).filter(v -> v.route().equals(route)).findFirst();
    }

    public List<PortalModule> enabledFor(Tenant tenant) {
        return modules.stream().filter(m -> isEnabled(m, tenant)).toList();
    }
}
