package fi.kykyverkko.kernel.audit;

import fi.kykyverkko.kernel.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The log's SQL, kept apart from JDBC so the rules of a search can be tested without a database: the region is
 * always the first condition, a search never reads past its page. There is deliberately no UPDATE or DELETE here.
 */
final class AuditSql {

    static final String SCHEMA = "kyky_audit";
    static final String TABLE = SCHEMA + ".audit_entry";
    static final String COLUMNS = "tenant, occurred_at, actor, actor_roles, actor_organisation, subject_id, category, "
            + "action, channel, location, purpose, emergency_override, override_reason";
    static final String INSERT = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A statement and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    private AuditSql() {
    }

    /** The parameters of {@link #INSERT} for {@code event} written at {@code when}. */
    static List<Object> insertParameters(AuditEvent event, Instant when) {
        List<Object> values = new ArrayList<>();
        values.add(event.tenant().value());
        values.add(utc(when));
        values.add(event.actor());
        values.add(event.rolesText());
        values.add(event.organisation());
        values.add(event.subject());
        values.add(event.category().name());
        values.add(event.action().name());
        values.add(event.channel().name());
        values.add(event.location());
        values.add(event.purpose());
        values.add(event.emergencyOverride());
        values.add(event.overrideReason());
        return values;
    }

    static Statement search(TenantId tenant, AuditFilter filter) {
        if (tenant == null) {
            throw new IllegalArgumentException("an audit search always names its region");
        }
        StringBuilder sql = new StringBuilder("SELECT id, ").append(COLUMNS).append(" FROM ").append(TABLE)
                .append(" WHERE tenant = ?");
        List<Object> values = new ArrayList<>(List.of(tenant.value()));
        condition(sql, values, "subject_id = ?", filter.subject());
        condition(sql, values, "actor = ?", filter.actor());
        condition(sql, values, "category = ?", filter.category() == null ? null : filter.category().name());
        condition(sql, values, "action = ?", filter.action() == null ? null : filter.action().name());
        condition(sql, values, "occurred_at >= ?", filter.from() == null ? null : utc(filter.from()));
        condition(sql, values, "occurred_at < ?", filter.until() == null ? null : utc(filter.until()));
        condition(sql, values, "emergency_override = ?", filter.overridesOnly() ? Boolean.TRUE : null);
        condition(sql, values, "id < ?", filter.beforeId());
        // ids grow with time, so id order is newest first and a stable key for the next page
        sql.append(" ORDER BY id DESC LIMIT ").append(filter.limit());
        return new Statement(sql.toString(), List.copyOf(values));
    }

    private static void condition(StringBuilder sql, List<Object> values, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            values.add(value);
        }
    }

    /** DATETIME columns hold UTC wall time; a Timestamp of it would be shifted by the JVM's zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
