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

    @PostConstruct
    void collect() {
        Map<String, PortalModule> byId = new HashMap<>();
        for (PortalModule module : discovered) {
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
