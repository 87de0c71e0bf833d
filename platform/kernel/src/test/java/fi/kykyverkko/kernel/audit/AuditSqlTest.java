package fi.kykyverkko.kernel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.domain.Labelled;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditSqlTest {

    private static final TenantId LAPPI = TenantId.of("lappi");

    @Test
    void everySearchIsFilteredByItsRegionFirst() {
        AuditSql.Statement all = AuditSql.search(LAPPI, AuditFilter.all());
        assertTrue(all.sql().contains(" FROM kyky_audit.audit_entry WHERE tenant = ? ORDER BY id DESC LIMIT 50"), all.sql());
        assertEquals(List.of("lappi"), all.parameters());

        AuditSql.Statement narrow = AuditSql.search(LAPPI, AuditFilter.all().subject(4711).actor("kela.asiantuntija")
                .category(DataCategory.HEALTH).action(AuditAction.READ)
                .between(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"))
                .onlyOverrides().before(900).limit(20));
        assertTrue(narrow.sql().contains(" WHERE tenant = ? AND subject_id = ? AND actor = ? AND category = ? AND action = ?"
                + " AND occurred_at >= ? AND occurred_at < ? AND emergency_override = ? AND id < ? ORDER BY id DESC LIMIT 20"),
                narrow.sql());
        assertEquals(List.of("lappi", "4711", "kela.asiantuntija", "HEALTH", "READ",
                LocalDateTime.parse("2026-01-01T00:00"), LocalDateTime.parse("2026-02-01T00:00"), true, 900L),
                narrow.parameters());
        // the region is a parameter, never text in the statement, and no OR can widen the region condition
        assertFalse(narrow.sql().contains("lappi"));
        assertFalse(narrow.sql().toUpperCase(Locale.ROOT).contains(" OR "));
    }

    @Test
    void aSearchWithoutARegionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AuditSql.search(null, AuditFilter.all()));
    }

    @Test
    void aPageIsAlwaysBounded() {
        assertEquals(AuditFilter.MAX_PAGE, AuditFilter.all().limit(1_000_000).limit());
        assertEquals(AuditFilter.DEFAULT_PAGE, AuditFilter.all().limit(0).limit());
        assertTrue(AuditSql.search(LAPPI, AuditFilter.all().limit(-5)).sql().endsWith("LIMIT 50"));
    }

    @Test
    void anInsertStoresEveryPartWithUtcTime() {
        AuditEvent event = AuditEvent.in(LAPPI).by("lappi.professional", List.of("professional", "manager"), null)
                .subject("4711").did(AuditAction.UPDATE, DataCategory.PLAN).through(AuditChannel.API, "/api/tenants/lappi/plans/9")
                .emergencyOverride("soitto").build();
        List<Object> values = AuditSql.insertParameters(event, Instant.parse("2026-07-01T09:00:00.123456Z"));
        assertEquals(13, values.size());
        assertEquals(AuditSql.INSERT.chars().filter(c -> c == '?').count(), values.size());
        assertEquals(List.of("lappi", LocalDateTime.parse("2026-07-01T09:00:00.123456"), "lappi.professional",
                "manager,professional"), values.subList(0, 4));
        assertEquals("PLAN", values.get(6));
        assertEquals(true, values.get(11));
        assertEquals("soitto", values.get(12));
    }

    /** The log's code has no way to change or remove an entry; the grants are the second guard (AuditLogIT). */
    @Test
    void theAuditCodeHasNoUpdateOrDeletePath() throws IOException {
        Pattern literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
        Pattern changing = Pattern.compile("\\b(UPDATE|DELETE|TRUNCATE|DROP|REPLACE|ALTER)\\b", Pattern.CASE_INSENSITIVE);
        int literals = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fi/kykyverkko/kernel/audit"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                // SQL can only be in string literals; the enum constant UPDATE is code, not SQL
                Matcher found = literal.matcher(Files.readString(source));
                while (found.find()) {
                    literals++;
                    assertFalse(changing.matcher(found.group()).find(), source + " has SQL that changes data: " + found.group());
                }
            }
        }
        assertTrue(literals > 10, "the scan found the literals");
        assertTrue(AuditSql.INSERT.startsWith("INSERT INTO kyky_audit.audit_entry "));
    }

    @Test
    void theChoicesHaveLabelsInFinnishSwedishAndEnglish() throws IOException {
        Properties finnish = load("i18n/audit.properties");
        for (var values : List.<Labelled[]>of(DataCategory.values(), AuditAction.values(), AuditChannel.values())) {
            for (Labelled value : values) {
                assertFalse(finnish.getProperty(value.labelKey(), "").isBlank(), value.labelKey());
            }
        }
        for (String language : List.of("sv", "en")) {
            Properties other = load("i18n/audit_" + language + ".properties");
            assertEquals(new TreeSet<>(finnish.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), language);
            other.values().forEach(text -> assertFalse(text.toString().isBlank(), language));
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = AuditSqlTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
