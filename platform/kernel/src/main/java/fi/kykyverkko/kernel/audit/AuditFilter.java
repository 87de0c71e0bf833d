package fi.kykyverkko.kernel.audit;

import java.time.Instant;

/**
 * What to look for in one region's log; every part is optional. A page holds at most {@link #MAX_PAGE} entries,
 * newest first; the next page starts below the last entry's id ({@link #before(long)}).
 */
public record AuditFilter(String subject, String actor, DataCategory category, AuditAction action, Instant from,
                          Instant until, boolean overridesOnly, Long beforeId, int limit) {

    public static final int MAX_PAGE = 200;
    public static final int DEFAULT_PAGE = 50;

    public AuditFilter {
        // a bounded page: the log grows for years and a search must never read it whole
        limit = limit <= 0 ? DEFAULT_PAGE : Math.min(limit, MAX_PAGE);
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, false, null, DEFAULT_PAGE);
    }

    public AuditFilter subject(String clientId) {
        return new AuditFilter(clientId, actor, category, action, from, until, overridesOnly, beforeId, limit);
    }

    public AuditFilter subject(long clientId) {
        return subject(Long.toString(clientId));
    }

    public AuditFilter actor(String username) {
        return new AuditFilter(subject, username, category, action, from, until, overridesOnly, beforeId, limit);
    }

    public AuditFilter category(DataCategory value) {
        return new AuditFilter(subject, actor, value, action, from, until, overridesOnly, beforeId, limit);
    }

    public AuditFilter action(AuditAction value) {
        return new AuditFilter(subject, actor, category, value, from, until, overridesOnly, beforeId, limit);
    }

    /** Entries at or after {@code start} and before {@code end}; either may be null. */
    public AuditFilter between(Instant start, Instant end) {
        return new AuditFilter(subject, actor, category, action, start, end, overridesOnly, beforeId, limit);
    }

    public AuditFilter onlyOverrides() {
        return new AuditFilter(subject, actor, category, action, from, until, true, beforeId, limit);
    }

    public AuditFilter before(long entryId) {
        return new AuditFilter(subject, actor, category, action, from, until, overridesOnly, entryId, limit);
    }

    public AuditFilter limit(int entries) {
        return new AuditFilter(subject, actor, category, action, from, until, overridesOnly, beforeId, entries);
    }
}
