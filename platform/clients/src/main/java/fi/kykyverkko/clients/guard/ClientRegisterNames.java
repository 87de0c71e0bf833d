package fi.kykyverkko.clients.guard;

import fi.kykyverkko.kernel.guard.KnownNames;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client register's names for the kernel's identity guard: the first and last names of the region's clients
 * (those not anonymised), as the clients module stores them (plain columns of {@code client}), read through
 * {@link TenantData} and kept per region for {@link #FRESH_FOR} because the guard runs on every check of a form. A
 * client registered in the meantime is looked for from the next read on, at most a minute later.
 *
 * <p>Nothing is shown to anyone, so the read is not an audit entry: the guard answers only where in the asker's own
 * text a register name stands, never whose. Each region's names are its own; another region's check never sees them.
 */
@ApplicationScoped
public class ClientRegisterNames implements KnownNames {

    /** How long a region's names are used before they are read again. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(60);

    @Inject
    TenantData data;

    Clock clock = Clock.systemUTC();

    private final Map<TenantId, Snapshot> snapshots = new ConcurrentHashMap<>();

    @Override
    public Set<String> surnames(TenantId tenant) {
        return snapshot(tenant).surnames();
    }

    @Override
    public Set<String> givenNames(TenantId tenant) {
        return snapshot(tenant).givenNames();
    }

    private Snapshot snapshot(TenantId tenant) {
        Instant now = clock.instant();
        Snapshot known = snapshots.get(tenant);
        if (known != null && now.isBefore(known.readAt().plus(FRESH_FOR))) {
            return known;
        }
        Snapshot fresh = read(tenant, now);
        snapshots.put(tenant, fresh);
        return fresh;
    }

    /** One query for both kinds of name, in the region's own schema. */
    Snapshot read(TenantId tenant, Instant now) {
        List<Object[]> rows = data.call(tenant, em -> em.createQuery(
                "SELECT c.firstName, c.lastName FROM Client c WHERE c.anonymisedAt IS NULL", Object[].class).getResultList());
        Set<String> given = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (Object[] row : rows) {
            addIfAny(given, row[0]);
            addIfAny(surnames, row[1]);
        }
        return new Snapshot(now, Set.copyOf(surnames), Set.copyOf(given));
    }

    private static void addIfAny(Set<String> names, Object name) {
        if (name instanceof String text && !text.isBlank()) {
            names.add(text.strip());
        }
    }

    /** A region's names as read at {@code readAt}; the same sets until the next read, so the guard's index stays. */
    record Snapshot(Instant readAt, Set<String> surnames, Set<String> givenNames) {
    }
}
