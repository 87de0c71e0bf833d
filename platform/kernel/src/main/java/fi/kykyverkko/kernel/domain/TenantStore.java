package fi.kykyverkko.kernel.domain;

import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads and saves one kind of {@link Coded} row in a tenant's schema, the same way for every module:
 * rules checked first (every problem reported at once), codes unique, optimistic locking by {@code @Version}.
 * Permission checks belong to the feature services that use it; business effects (a review, a new invitation
 * sequence) are the entity's own methods, called by the service before it saves.
 */
public class TenantStore<T extends Coded> {

    private final TenantData data;
    private final Class<T> type;

    public TenantStore(TenantData data, Class<T> type) {
        this.data = data;
        this.type = type;
    }

    public List<T> all(TenantId tenant) {
        return data.call(tenant, em -> em.createQuery("SELECT e FROM " + type.getSimpleName() + " e", type).getResultList());
    }

    public Optional<T> find(TenantId tenant, long id) {
        return Optional.ofNullable(data.call(tenant, em -> em.find(type, id)));
    }

    public Optional<T> byCode(TenantId tenant, String code) {
        return data.call(tenant, em -> byCode(em, code));
    }

    public Optional<T> byCode(EntityManager em, String code) {
        return byCode(em, type, code);
    }

    /** The row of {@code type} with this code, inside a transaction the caller holds (imports, demo data). */
    public static <C extends Coded> Optional<C> byCode(EntityManager em, Class<C> type, String code) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :code", type)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** Saves {@code row} (new or changed) and returns the saved state; throws {@link InvalidInputException}. */
    public T save(TenantId tenant, String actor, T row) {
        return data.call(tenant, em -> save(em, actor, row));
    }

    /** As {@link #save(TenantId, String, Coded)}, inside a transaction the caller already holds. */
    public T save(EntityManager em, String actor, T row) {
        return save(em, type, actor, row);
    }

    /** Checks (every rule, and the code unique among rows of {@code type}), stamps and stores a coded row. */
    public static <C extends Coded> C save(EntityManager em, Class<C> type, String actor, C row) {
        Problems problems = row.check();
        if (row.getCode() != null) {
            byCode(em, type, row.getCode()).filter(other -> !other.getId().equals(row.getId()))
                    .ifPresent(other -> problems.add("code", "validation.code-taken"));
        }
        problems.throwIfAny();
        return write(em, actor, row);
    }

    /**
     * Checks, stamps and stores any row of the module (new: persist, known: merge) and returns the stored
     * state; throws {@link InvalidInputException} with every problem. Rows with a code go through
     * {@link #save(EntityManager, String, Coded)} for its uniqueness.
     */
    public static <S extends Stamped> S write(EntityManager em, String actor, S row) {
        row.check().throwIfAny();
        row.touch(actor, Instant.now());
        S stored;
        if (row.getId() == null) {
            em.persist(row);
            stored = row;
        } else {
            stored = em.merge(row);
        }
        flushOrTooLong(em);
        return stored;
    }

    private static final java.util.regex.Pattern TOO_LONG = java.util.regex.Pattern.compile("Data too long for column '([a-z0-9_]+)'");

    /**
     * Writes now, so that a text longer than its column, which a row's own rules did not limit, is answered as the
     * field's problem ({@code validation.too-long-here}) rather than failing the whole act at commit with a 500.
     */
    static void flushOrTooLong(EntityManager em) {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
                    java.util.regex.Matcher column = TOO_LONG.matcher(String.valueOf(sql.getMessage()));
                    throw new InvalidInputException(new Problems().add(column.find() ? field(column.group(1)) : "",
                            "validation.too-long-here"));
                }
            }
            throw e;
        }
    }

    /** {@code referrer_email} → {@code referrerEmail}: the column's field as the forms and the API name it. */
    static String field(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
