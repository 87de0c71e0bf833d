package fi.kykyverkko.kernel.audit;

import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The kernel's audit log of reads and changes of client data, for every module and plugin. Append-only: this
 * class can only add and read entries, and the database user the portal runs as has no UPDATE or DELETE on
 * the table (platform/kernel/README.md, "Audit log"). Record an entry before showing or returning the data: when
 * the entry cannot be written this throws, and the data must then not be shown. Every event's rules are checked
 * ({@link AuditEvent#problems()}), so no personal identity code reaches the log.
 */
@ApplicationScoped
public class AuditLog {

    /** The texts of the log's choices (categories, actions, channels) in fi/sv/en, for views and exports. */
    public static final String BUNDLE = "i18n/audit";

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    /** The log sets the time itself, so a caller cannot date an entry. */
    Clock clock = Clock.systemUTC();

    /**
     * Writes the entry in a transaction of its own: a read stays logged even when the caller's transaction
     * later rolls back (a change that rolls back thus leaves the attempt in the log).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public AuditEntry record(AuditEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("no audit event");
        }
        return recordAll(List.of(event)).get(0);
    }

    /**
     * Writes several entries of one act (a client card reads identity and episodes at once) in one transaction of
     * its own: all of them or none, at the cost of one commit rather than one per entry. Same time for each.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<AuditEntry> recordAll(List<AuditEvent> events) {
        if (events == null || events.isEmpty() || events.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("no audit event");
        }
        events.forEach(AuditEvent::checked); // an event made with its constructor has not met the rules yet
        Instant when = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditEntry> entries = new ArrayList<>(events.size());
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(AuditSql.INSERT, Statement.RETURN_GENERATED_KEYS)) {
            for (AuditEvent event : events) {
                bind(insert, AuditSql.insertParameters(event, when));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new IllegalStateException("the audit log returned no id for the new entry");
                    }
                    entries.add(new AuditEntry(keys.getLong(1), when, event));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit entry: " + e.getMessage(), e);
        }
        for (AuditEntry entry : entries) {
            AuditEvent event = entry.event();
            if (event.emergencyOverride()) {
                // an override must stand out to whoever watches the server log too; names no client
                LOG.warning(() -> "Emergency override in region " + event.tenant().value() + " by " + event.actor()
                        + " (" + event.category() + ", " + event.action() + "), audit entry " + entry.id());
            }
        }
        return entries;
    }

    /** One page of {@code tenant}'s entries, newest first; never an entry of another region. */
    @Transactional(TxType.SUPPORTS)
    public List<AuditEntry> search(TenantId tenant, AuditFilter filter) {
        AuditSql.Statement query = AuditSql.search(tenant, filter == null ? AuditFilter.all() : filter);
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(query.sql())) {
            bind(select, query.parameters());
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log: " + e.getMessage(), e);
        }
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        String roles = row.getString("actor_roles");
        AuditEvent event = new AuditEvent(TenantId.of(row.getString("tenant")), row.getString("actor"),
                roles.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(roles.split(","))),
                row.getString("actor_organisation"), row.getString("subject_id"),
                DataCategory.valueOf(row.getString("category")), AuditAction.valueOf(row.getString("action")),
                AuditChannel.valueOf(row.getString("channel")), row.getString("location"), row.getString("purpose"),
                row.getBoolean("emergency_override"), row.getString("override_reason"));
        return new AuditEntry(row.getLong("id"), AuditSql.instant(row.getObject("occurred_at", LocalDateTime.class)), event);
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
