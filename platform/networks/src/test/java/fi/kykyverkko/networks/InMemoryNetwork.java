package fi.kykyverkko.networks;

import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.imports.NetworkImport;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's real services (rules, permissions, the import engine) on one in-memory region instead of MariaDB,
 * for view and unit tests. Rows are kept as copies and every read returns a copy, as a finished transaction hands
 * out detached rows: a form that changes a row and fails to save leaves the stored row as it was.
 * The {@link EntityManager} understands just what the services ask: {@code SELECT e FROM Type e} with at most one
 * {@code WHERE e.property = :name}, {@code find}, {@code persist}, {@code merge}, {@code detach}, {@code flush}.
 */
public final class InMemoryNetwork {

    private static final Pattern QUERY = Pattern.compile("SELECT (\\w+) FROM (\\w+) \\1(?: WHERE \\1\\.(\\w+) = :(\\w+))?");

    private final List<Stamped> rows = new ArrayList<>();
    private long nextId = 1;

    public final People people = new People();
    public final Organisations organisations = new Organisations();
    public final Catalogue catalogue = new Catalogue();
    public final NetworkImport importer = new NetworkImport();

    public InMemoryNetwork() {
        TenantData data = new TenantData() {
            @Override
            public <R> R call(TenantId tenant, Function<EntityManager, R> work) {
                return work.apply(entityManager());
            }

            @Override
            public void run(TenantId tenant, Consumer<EntityManager> work) {
                work.accept(entityManager());
            }
        };
        wire(people, data);
        wire(organisations, data);
        wire(catalogue, data);
        wire(importer, data);
        // Catalogue and Organisations ask People who belongs to which organisation
        set(catalogue, "people", people);
        set(organisations, "people", people);
    }

    /** Stores {@code row} as if saved (its id is set) and returns it. */
    public <T extends Stamped> T add(T row) {
        entityManager().persist(row);
        return row;
    }

    /** Every stored row of {@code type}, as copies. */
    public <T> List<T> all(Class<T> type) {
        return rows.stream().filter(type::isInstance).map(type::cast).map(InMemoryNetwork::copy).toList();
    }

    private EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "createQuery":
                    return query((String) args[0], (Class<?>) args[1]);
                case "find":
                    return rows.stream().filter(((Class<?>) args[0])::isInstance).filter(r -> Objects.equals(r.getId(), ((Number) args[1]).longValue()))
                            .findFirst().map(InMemoryNetwork::copy).orElse(null);
                case "persist":
                    set(args[0], "id", nextId++);
                    rows.add(copy((Stamped) args[0]));
                    return null;
                case "merge":
                    Stamped merged = (Stamped) args[0];
                    rows.replaceAll(r -> Objects.equals(r.getId(), merged.getId()) && r.getClass() == merged.getClass() ? copy(merged) : r);
                    return merged;
                case "detach":
                case "flush":
                    return null;
                default:
                    throw new UnsupportedOperationException("InMemoryNetwork's EntityManager has no " + method.getName());
            }
        });
    }

    private TypedQuery<?> query(String jpql, Class<?> type) {
        Matcher m = QUERY.matcher(jpql);
        if (!m.matches()) {
            throw new UnsupportedOperationException("InMemoryNetwork cannot run " + jpql);
        }
        Map<String, Object> parameters = new HashMap<>();
        return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "setParameter":
                    parameters.put((String) args[0], args[1]);
                    return proxy;
                case "getResultList":
                    return select(type, m.group(3), parameters.get(m.group(4)));
                case "getResultStream":
                    return select(type, m.group(3), parameters.get(m.group(4))).stream();
                default:
                    throw new UnsupportedOperationException("InMemoryNetwork's query has no " + method.getName());
            }
        });
    }

    private List<Object> select(Class<?> type, String property, Object value) {
        return rows.stream().filter(type::isInstance).filter(r -> property == null || Objects.equals(get(r, property), value))
                .map(r -> (Object) copy(r)).toList();
    }

    // ---- reflection, as the container and JPA would do it ----

    private static void wire(Object service, TenantData data) {
        set(service, "data", data);
        try {
            Method init = service.getClass().getDeclaredMethod("init");
            init.setAccessible(true);
            init.invoke(service);
        } catch (NoSuchMethodException noInit) {
            // NetworkImport has nothing to set up
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T row) {
        try {
            var constructor = row.getClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            T copy = (T) constructor.newInstance();
            for (Class<?> c = row.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        f.set(copy, f.get(row));
                    }
                }
            }
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + row.getClass(), e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return null;
    }

    private static Object get(Object target, String name) {
        try {
            return Objects.requireNonNull(field(target.getClass(), name), name).get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String name, Object value) {
        try {
            Objects.requireNonNull(field(target.getClass(), name), name).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
