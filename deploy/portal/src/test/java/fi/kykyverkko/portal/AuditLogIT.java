package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditChannel;
import fi.kykyverkko.kernel.audit.AuditEntry;
import fi.kykyverkko.kernel.audit.AuditEvent;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.schema.SchemaMigrator;
import fi.kykyverkko.testkit.PortalInsideTest;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The kernel's audit log inside the running portal, on the real MariaDB, as the portal's own database user. */
class AuditLogIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");

    @Inject
    AuditLog audit;

    @Inject
    SchemaMigrator migrator;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    /** A username of this run only, so entries of earlier runs on a kept test stack do not count. */
    private static String someone() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static AuditEvent.Builder read(TenantId tenant, String actor, long client) {
        return AuditEvent.in(tenant).by(actor, List.of("professional"), "Lapin hyvinvointialue").subject(client)
                .did(AuditAction.READ, DataCategory.EPISODES).through(AuditChannel.VIEW, tenant.value() + "/clients/" + client);
    }

    @Test
    void theLogsSchemaIsMigratedAndMigratingAgainChangesNothing() {
        assertEquals(0, migrator.pendingAuditMigrations());
        assertEquals(0, migrator.migrateAudit().applied());
    }

    @Test
    void entriesAreReadBackAsWrittenNewestFirstAndOnlyInTheirOwnRegion() {
        String actor = someone();
        Instant before = Instant.now().minusSeconds(1);
        AuditEntry first = audit.record(read(LAPPI, actor, 101).purpose("vastaanotto").build());
        AuditEntry second = audit.record(read(LAPPI, actor, 102).build());
        AuditEntry override = audit.record(read(LAPPI, actor, 101).did(AuditAction.READ, DataCategory.HEALTH)
                .emergencyOverride("Asiakas ei tavoitettavissa, huoli turvallisuudesta").build());
        AuditEntry elsewhere = audit.record(read(KYMENLAAKSO, actor, 101).build());

        List<AuditEntry> lappi = audit.search(LAPPI, AuditFilter.all().actor(actor));
        assertEquals(List.of(override.id(), second.id(), first.id()), lappi.stream().map(AuditEntry::id).toList());
        assertEquals(first.event(), lappi.get(2).event(), "every part read back as written");
        assertEquals(first.when(), lappi.get(2).when());
        assertTrue(Duration.between(before, first.when()).abs().toMinutes() < 2, "the log's own clock, UTC: " + first.when());

        // the same actor and client in another region: never seen from Lapland, and Lapland never from there
        assertEquals(List.of(elsewhere.id()), audit.search(KYMENLAAKSO, AuditFilter.all().actor(actor)).stream().map(AuditEntry::id).toList());
        assertTrue(audit.search(KYMENLAAKSO, AuditFilter.all().limit(AuditFilter.MAX_PAGE)).stream()
                .allMatch(e -> e.event().tenant().equals(KYMENLAAKSO)));

        assertEquals(List.of(override.id(), first.id()),
                audit.search(LAPPI, AuditFilter.all().actor(actor).subject(101)).stream().map(AuditEntry::id).toList());
        List<AuditEntry> overrides = audit.search(LAPPI, AuditFilter.all().actor(actor).onlyOverrides());
        assertEquals(List.of(override.id()), overrides.stream().map(AuditEntry::id).toList());
        assertEquals("Asiakas ei tavoitettavissa, huoli turvallisuudesta", overrides.get(0).event().overrideReason());
        assertEquals(List.of(second.id(), first.id()),
                audit.search(LAPPI, AuditFilter.all().actor(actor).before(override.id()).limit(2)).stream().map(AuditEntry::id).toList());
        assertEquals(List.of(override.id()), audit.search(LAPPI, AuditFilter.all().actor(actor)
                .category(DataCategory.HEALTH)).stream().map(AuditEntry::id).toList());
    }

    @Test
    void aReadStaysLoggedWhenTheCallersTransactionRollsBack() throws Exception {
        String actor = someone();
        transaction.begin();
        audit.record(read(LAPPI, actor, 7).build());
        transaction.rollback();
        assertEquals(1, audit.search(LAPPI, AuditFilter.all().actor(actor)).size());
    }

    /** The portal's own pool: the database itself refuses to change or remove an entry, whatever code asks. */
    @Test
    void thePortalsDatabaseUserCanAddAndReadEntriesButNeverChangeOrRemoveThem() throws SQLException {
        String actor = someone();
        long id = audit.record(read(LAPPI, actor, 55).build()).id();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO kyky_audit.audit_entry (tenant, occurred_at, actor, actor_roles, category, action, channel, location)"
                    + " VALUES ('lappi', UTC_TIMESTAMP(6), '" + actor + "', 'professional', 'PLAN', 'READ', 'JOB', 'it')");
            for (String change : List.of(
                    "UPDATE kyky_audit.audit_entry SET actor = 'someone-else' WHERE id = " + id,
                    "DELETE FROM kyky_audit.audit_entry WHERE id = " + id,
                    "REPLACE INTO kyky_audit.audit_entry (id, tenant, occurred_at, actor, actor_roles, category, action, channel, location)"
                            + " VALUES (" + id + ", 'lappi', UTC_TIMESTAMP(6), 'forged', '', 'PLAN', 'READ', 'JOB', 'it')",
                    "TRUNCATE TABLE kyky_audit.audit_entry",
                    "DROP TABLE kyky_audit.audit_entry",
                    "ALTER TABLE kyky_audit.audit_entry DROP COLUMN purpose",
                    "UPDATE kyky_audit.flyway_history SET checksum = 0")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(change), change);
                assertEquals(1142, refused.getErrorCode(), change + ": " + refused.getMessage()); // table access denied
            }
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM kyky_audit.audit_entry WHERE actor = '" + actor + "'")) {
                rows.next();
                assertEquals(2, rows.getInt(1));
            }
        }
        assertEquals(actor, audit.search(LAPPI, AuditFilter.all().actor(actor).limit(1)).get(0).event().actor());
        assertEquals(2, audit.search(LAPPI, AuditFilter.all().actor(actor)).size());
    }
}
