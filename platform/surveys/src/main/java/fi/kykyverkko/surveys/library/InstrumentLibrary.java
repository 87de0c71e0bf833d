package fi.kykyverkko.surveys.library;

import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A region's instrument library: the definitions it can send, each code with its versions. Filled with the
 * templates of the modules on in the region ({@link #installTemplates}); the region's team changes and adds its own
 * ({@link #save}). A change to a version nobody has answered corrects it in place; a change to a frozen (answered)
 * version becomes the next version, and the frozen one stays readable as it was. Data only through
 * {@link TenantData}; permissions checked here ({@link LibraryRoles}).
 */
@ApplicationScoped
public class InstrumentLibrary {

    /** Who the library names as the maker of installed templates. */
    public static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(InstrumentLibrary.class.getName());

    @Inject
    TenantData data;

    @Inject
    TenantRegistry registry;

    @Inject
    ModuleRegistry modules;

    /** The latest version of each instrument, by code. */
    public List<InstrumentVersion> list(TenantId tenant, PortalUser reader) {
        LibraryRoles.requireReader(reader, tenant);
        return data.call(tenant, em -> {
            Map<String, InstrumentVersion> latest = new LinkedHashMap<>();
            for (InstrumentVersion v : all(em)) {
                latest.putIfAbsent(v.getCode(), v); // all() is newest first within a code
            }
            return List.copyOf(latest.values());
        });
    }

    public Optional<InstrumentVersion> latest(TenantId tenant, PortalUser reader, String code) {
        LibraryRoles.requireReader(reader, tenant);
        return data.call(tenant, em -> latest(em, code));
    }

    public Optional<InstrumentVersion> version(TenantId tenant, PortalUser reader, String code, int number) {
        LibraryRoles.requireReader(reader, tenant);
        return data.call(tenant, em -> em.createQuery(
                        "SELECT v FROM InstrumentVersion v WHERE v.code = :code AND v.number = :number", InstrumentVersion.class)
                .setParameter("code", code).setParameter("number", number).getResultStream().findFirst());
    }

    /**
     * Saves a definition written or changed by the region: refused with every problem at its path (nothing saved);
     * else it replaces the latest version of its code when that has no answers, or becomes the next version when
     * it has. The version in {@code json} is ignored: the library sets it. Returns the stored version.
     */
    public InstrumentVersion save(TenantId tenant, PortalUser editor, String json) {
        LibraryRoles.requireEditor(editor, tenant);
        String code = LibraryJson.parseOrRefuse(LibraryJson.withVersion(json, 1)).code();
        return data.call(tenant, em -> {
            Optional<InstrumentVersion> latest = latest(em, code);
            int number = LibraryJson.targetVersion(latest.map(InstrumentVersion::getNumber).orElse(null),
                    latest.map(InstrumentVersion::isFrozen).orElse(false));
            String stored = LibraryJson.withVersion(json, number);
            InstrumentDefinition definition = LibraryJson.parseOrRefuse(stored);
            if (latest.isPresent() && latest.get().getNumber() == number) {
                InstrumentVersion current = latest.get();
                current.replace(definition, stored, Origin.REGION);
                return TenantStore.write(em, editor.username(), current);
            }
            return TenantStore.write(em, editor.username(),
                    new InstrumentVersion(definition, stored, Origin.REGION, editor.username(), Instant.now()));
        });
    }

    /**
     * Records that {@code code} version {@code number} has answers: it is frozen from now on. For the answer store
     * (not built yet), which calls it with its first answer; throws when there is no such version.
     */
    public void markAnswered(TenantId tenant, String code, int number) {
        data.run(tenant, em -> {
            InstrumentVersion answered = em.createQuery(
                            "SELECT v FROM InstrumentVersion v WHERE v.code = :code AND v.number = :number", InstrumentVersion.class)
                    .setParameter("code", code).setParameter("number", number).getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no instrument " + code + " " + number + " in " + tenant));
            answered.freeze();
        });
    }

    /**
     * Puts every template of the modules on in {@code tenant} into its library as version 1 (origin TEMPLATE),
     * where the library has no version of that code yet: idempotent, and a template the region has changed is left
     * as the region made it. Returns how many were added. A template that does not read is logged and skipped.
     */
    public int installTemplates(TenantId tenant) {
        Tenant region = registry.require(tenant);
        List<Template> templates = new ArrayList<>();
        for (PortalModule module : modules.enabledFor(region)) {
            for (String path : module.instrumentTemplates()) {
                read(module, path).ifPresent(templates::add);
            }
        }
        return data.call(tenant, em -> {
            Set<String> present = new HashSet<>(all(em).stream().map(InstrumentVersion::getCode).toList());
            int added = 0;
            for (Template template : templates) {
                if (present.add(template.definition().code())) {
                    TenantStore.write(em, SYSTEM, new InstrumentVersion(template.definition(), template.json(),
                            Origin.TEMPLATE, SYSTEM, Instant.now()));
                    added++;
                }
            }
            return added;
        });
    }

    private record Template(InstrumentDefinition definition, String json) {
    }

    private static Optional<Template> read(PortalModule module, String path) {
        try {
            String json = LibraryJson.withVersion(resource(module, path), 1);
            return Optional.of(new Template(LibraryJson.parseOrRefuse(json), json));
        } catch (RuntimeException broken) {
            LOG.log(Level.WARNING, "Instrument template " + path + " of module " + module.id() + " is left out", broken);
            return Optional.empty();
        }
    }

    private static String resource(PortalModule module, String path) {
        ClassLoader[] loaders = {module.getClass().getClassLoader(), Thread.currentThread().getContextClassLoader(),
                InstrumentLibrary.class.getClassLoader()};
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException("no template at " + path);
    }

    /** Every version, by code, newest first within a code. */
    private static List<InstrumentVersion> all(EntityManager em) {
        return em.createQuery("SELECT v FROM InstrumentVersion v", InstrumentVersion.class).getResultList().stream()
                .sorted(Comparator.comparing(InstrumentVersion::getCode)
                        .thenComparing(Comparator.comparingInt(InstrumentVersion::getNumber).reversed())).toList();
    }

    private static Optional<InstrumentVersion> latest(EntityManager em, String code) {
        return em.createQuery("SELECT v FROM InstrumentVersion v WHERE v.code = :code ORDER BY v.number DESC",
                InstrumentVersion.class).setParameter("code", code).setMaxResults(1).getResultStream().findFirst();
    }

    /** Every version of {@code code}, newest first (the version history). */
    public List<InstrumentVersion> versions(TenantId tenant, PortalUser reader, String code) {
        LibraryRoles.requireReader(reader, tenant);
        return data.call(tenant, em -> em.createQuery(
                        "SELECT v FROM InstrumentVersion v WHERE v.code = :code ORDER BY v.number DESC", InstrumentVersion.class)
                .setParameter("code", code).getResultList());
    }

    /** How many versions each code has, for the library's list. */
    public Map<String, Long> versionCounts(TenantId tenant, PortalUser reader) {
        LibraryRoles.requireReader(reader, tenant);
        return data.call(tenant, em -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Object[] row : em.createQuery("SELECT v.code, COUNT(v) FROM InstrumentVersion v GROUP BY v.code ORDER BY v.code",
                    Object[].class).getResultList()) {
                counts.put((String) row[0], ((Number) row[1]).longValue());
            }
            return counts;
        });
    }
}
