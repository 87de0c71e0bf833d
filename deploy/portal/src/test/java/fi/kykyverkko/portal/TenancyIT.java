package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.batch.NightlyJobs;
import fi.kykyverkko.kernel.persistence.PortalPersistence;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.schema.SchemaMigrator;
import fi.kykyverkko.kernel.schema.SchemaMigrator.ModuleSchemaState;
import fi.kykyverkko.kernel.tenancy.DefinitionReport;
import fi.kykyverkko.kernel.tenancy.IndicatorTargetRecord;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantDefinition.IndicatorTarget;
import fi.kykyverkko.kernel.tenancy.TenantDefinition.Scale;
import fi.kykyverkko.kernel.tenancy.TenantDefinitionFiles;
import fi.kykyverkko.kernel.tenancy.TenantExistsException;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.tenancy.UnknownTenantException;
import fi.kykyverkko.kernel.tenancy.DefinitionReport.Outcome;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.junit.jupiter.api.Test;

/** Runs inside Payara Micro against the real MariaDB: schemas, migrations, isolation, runtime creation, batch. */
class TenancyIT extends PortalInsideTest {

    private static final List<String> REGIONS = List.of("etela-savo", "keski-uusimaa", "kymenlaakso", "lappi");

    @Inject
    fi.kykyverkko.kernel.module.ModuleRegistry modules;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantData tenantData;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantDefinitionFiles definitionFiles;

    @Inject
    SchemaMigrator migrator;

    @Inject
    PortalPersistence persistence;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    @Test
    void theFourRegionsHaveMigratedSchemasOfTheirOwn() throws SQLException {
        Set<String> ids = registry.all().stream().map(t -> t.tenantId().value()).collect(Collectors.toSet());
        assertTrue(ids.containsAll(REGIONS), "registry: " + ids);
        Set<String> schemas = strings("select schema_name from information_schema.schemata where schema_name like 'tenant\\_%'");
        for (String region : REGIONS) {
            TenantId id = TenantId.of(region);
            assertTrue(schemas.contains(id.schema()), id.schema() + " missing from " + schemas);
            List<ModuleSchemaState> states = migrator.checkTenant(id);
            // every installed module's tables, whether the region has the module on or not
            assertEquals(modules.all().stream().filter(m -> m.tenantMigrations() != null).map(PortalModule::id).toList(),
                    states.stream().map(ModuleSchemaState::module).toList());
            assertTrue(states.stream().map(ModuleSchemaState::module).toList().containsAll(List.of("kernel", "networks")));
            for (ModuleSchemaState state : states) {
                // networks' V2 makes a registration one per person, clients' V2 adds referrals, consents and caseloads, its V3 the retention job's records;
                // the kernel's V2 adds personal links, V3 the e-mail outbox; panels' V2 memos and own-phone mood, V3 rounds and tasks;
                // every other module is at its first version
                assertEquals(Map.of("networks", "2", "clients", "4", "kernel", "4", "surveys", "3", "consultations", "3", "panels", "3").getOrDefault(state.module(), "1"), state.version(), state.module());
                assertEquals(0, state.pending(), state.module());
            }
        }
        Tenant kymenlaakso = registry.require(TenantId.of("kymenlaakso"));
        assertEquals(List.of("Hamina", "Iitti", "Kotka", "Kouvola", "Miehikkälä", "Pyhtää", "Virolahti"), kymenlaakso.municipalities());
        BigDecimal satisfaction = tenantData.call(kymenlaakso.tenantId(),
                em -> em.find(IndicatorTargetRecord.class, "customer-satisfaction").target());
        assertEquals(0, new BigDecimal("8.5").compareTo(satisfaction));
    }

    @Test
    void malformedDefinitionsAreReportedWithFieldAndReasonWhileOthersStart() {
        var reports = definitionFiles.reports().stream().collect(Collectors.toMap(DefinitionReport::source, r -> r));
        DefinitionReport broken = reports.get("broken-region.json");
        assertNotNull(broken, "no report for broken-region.json: " + reports.keySet());
        assertEquals(Outcome.REJECTED, broken.outcome());
        assertTrue(broken.problems().contains("broken-region.json: names.en: is missing"), broken.problems());
        assertTrue(broken.problems().contains("indicatorTargets[0].target: 12 is outside the grade-4-10 scale"), broken.problems());
        DefinitionReport notJson = reports.get("not-json.json");
        assertEquals(Outcome.REJECTED, notJson.outcome());
        assertTrue(notJson.problems().contains("is not valid JSON at line 1"), notJson.problems());
        assertTrue(registry.find(TenantId.of("broken-region")).isEmpty());
        for (String region : REGIONS) {
            assertTrue(reports.get(region + ".json").outcome() != Outcome.REJECTED, region + ": " + reports.get(region + ".json").problems());
        }
    }

    @Test
    void dataWrittenInOneTenantIsInvisibleFromAnotherByQueryAndById() throws SQLException {
        TenantId lappi = TenantId.of("lappi");
        TenantId kymenlaakso = TenantId.of("kymenlaakso");
        String indicator = "isolation-" + UUID.randomUUID().toString().substring(0, 8);
        tenantData.run(lappi, em -> em.persist(new IndicatorTargetRecord(indicator, new BigDecimal("42"), Scale.PERCENT, Instant.now())));
        try {
            assertNotNull(tenantData.call(lappi, em -> em.find(IndicatorTargetRecord.class, indicator)));
            assertNull(tenantData.call(kymenlaakso, em -> em.find(IndicatorTargetRecord.class, indicator)), "found by id across tenants");
            List<String> seenFromKymenlaakso = tenantData.call(kymenlaakso, em -> em.createQuery(
                    "select t.indicator from IndicatorTargetRecord t", String.class).getResultList());
            assertFalse(seenFromKymenlaakso.contains(indicator), "found by query across tenants");
            assertFalse(seenFromKymenlaakso.isEmpty(), "Kymenlaakso's own targets should be there");
            // and in the database itself the row lives in Lapland's schema only
            assertEquals(Set.of(indicator), strings("select indicator from tenant_lappi.indicator_target where indicator = '" + indicator + "'"));
            assertTrue(strings("select indicator from tenant_kymenlaakso.indicator_target where indicator = '" + indicator + "'").isEmpty());
        } finally {
            tenantData.run(lappi, em -> em.remove(em.find(IndicatorTargetRecord.class, indicator)));
        }
    }

    @Test
    void tenantDataCannotBeReachedWithoutATenant() throws Exception {
        transaction.begin();
        try {
            // the platform EntityManager works, but has no tenant: a tenant entity through it fails, never guesses
            EntityManager platform = persistence.platform();
            assertFalse(platform.createQuery("select t from Tenant t", Tenant.class).getResultList().isEmpty());
            // EclipseLink refuses: the entity has no schema without a tenant
            assertThrows(EclipseLinkException.class, () -> platform
                    .createQuery("select t from IndicatorTargetRecord t", IndicatorTargetRecord.class).getResultList());
        } finally {
            transaction.rollback();
        }
        assertThrows(UnknownTenantException.class,
                () -> tenantData.call(TenantId.of("no-such-region"), em -> em.find(IndicatorTargetRecord.class, "x")));
    }

    @Test
    void migrationsAreIdempotent() {
        assertEquals(0, migrator.migratePlatform().applied());
        for (String region : REGIONS) {
            List<ModuleSchemaState> again = migrator.migrateTenant(TenantId.of(region));
            assertEquals(0, again.stream().mapToInt(ModuleSchemaState::applied).sum(), region);
            assertEquals("4", again.stream().filter(s -> s.module().equals("kernel")).findFirst().orElseThrow().version());
        }
        assertEquals(0, migrator.pendingPlatformMigrations());
    }

    @Test
    void aTenantIsCreatedAtRuntimeWithItsSchemaAndUpdatedWhenItsDefinitionChanges() throws Exception {
        TenantId id = TenantId.of("it-runtime-" + UUID.randomUUID().toString().substring(0, 8));
        provisioner.create(definition(id, "55"), "TenancyIT");
        assertTrue(strings("select schema_name from information_schema.schemata").contains(id.schema()));
        assertEquals(0, migrator.checkTenant(id).get(0).pending());
        assertEquals(0, new BigDecimal("55").compareTo(
                tenantData.call(id, em -> em.find(IndicatorTargetRecord.class, "activation-rate").target())));

        assertThrows(TenantExistsException.class, () -> provisioner.create(definition(id, "55"), "TenancyIT"));
        assertEquals(Outcome.UNCHANGED, provisioner.apply(definition(id, "55"), "TenancyIT"));
        assertEquals(Outcome.UPDATED, provisioner.apply(definition(id, "60"), "TenancyIT"));
        assertEquals(0, new BigDecimal("60").compareTo(
                tenantData.call(id, em -> em.find(IndicatorTargetRecord.class, "activation-rate").target())));
    }

    @Test
    void theDefinitionsJobCompletesAndItsExecutionIsKeptInMariaDb() throws Exception {
        var operator = BatchRuntime.getJobOperator();
        long executionId = operator.start(NightlyJobs.APPLY_TENANT_DEFINITIONS, new Properties());
        Instant deadline = Instant.now().plusSeconds(120);
        JobExecution execution = operator.getJobExecution(executionId);
        while (execution.getEndTime() == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            execution = operator.getJobExecution(executionId);
        }
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), "exit status " + execution.getExitStatus());
        var applyStep = operator.getStepExecutions(executionId).stream()
                .filter(s -> s.getStepName().equals("apply-files")).findFirst().orElseThrow();
        long read = java.util.Arrays.stream(applyStep.getMetrics())
                .filter(m -> m.getType() == jakarta.batch.runtime.Metric.MetricType.READ_COUNT).findFirst().orElseThrow().getValue();
        assertEquals(6, read, "four regions and two broken files");
        assertEquals(Set.of("COMPLETED"),
                strings("select batchstatus from batch.jbatchEXECUTIONINSTANCEDATA where jobexecid = " + executionId));
    }

    private static TenantDefinition definition(TenantId id, String activationTarget) {
        return new TenantDefinition(id, new LocalizedText("Testialue", "Testområde", "Test region"), "Testiorganisaatio",
                List.of("Testilä"), Set.of(), "base",
                List.of(new IndicatorTarget("activation-rate", new BigDecimal(activationTarget), Scale.PERCENT)));
    }

    private Set<String> strings(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            Set<String> values = new java.util.HashSet<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
