package fi.kykyverkko.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerfConfigTest {

    @Test
    void defaultsAreTheIssuesScenario() {
        PerfConfig c = PerfConfig.from(Map.of());
        assertEquals("http://127.0.0.1:18300/", c.base());
        assertEquals(10, c.thinkMinSeconds());
        assertEquals(30, c.thinkMaxSeconds());
        assertEquals(List.of(100, 500, 1000), c.sessions());
        assertEquals("lappi.professional", c.username(0));
        assertEquals("kymenlaakso.professional", c.username(1));
        assertEquals("lappi", c.region(4));
        assertEquals("13319", EmbeddedStack.environment(c).get("KYKY_DB_PORT"));
    }

    @Test
    void readsWhatItIsTold() {
        PerfConfig c = PerfConfig.from(Map.of("perf.url", "http://h:1", "perf.users", "7", "perf.think.min", "0", "perf.think.max", "0",
                "perf.regions", "etela-savo", "perf.steps", "10, 20"));
        assertEquals("http://h:1/", c.base());
        assertEquals(7, c.users());
        assertEquals(0, c.thinkMaxSeconds());
        assertEquals("etela-savo.professional", c.username(3));
        assertEquals(List.of(10, 20), c.userSteps());
        assertThrows(IllegalArgumentException.class, () -> PerfConfig.from(Map.of("perf.think.min", "30", "perf.think.max", "10")));
    }

    @Test
    void theTenantsModeStepsUpTo500AndRestartsUnlessTold() {
        PerfConfig c = PerfConfig.from(Map.of());
        assertEquals(List.of(50, 100, 200, 500), c.tenantSteps());
        assertEquals(true, c.restartAfterTenants());
        PerfConfig told = PerfConfig.from(Map.of("perf.tenants", "10,20", "perf.restart", "false", "perf.tenant.prefix", "x"));
        assertEquals(List.of(10, 20), told.tenantSteps());
        assertEquals(false, told.restartAfterTenants());
        assertEquals("x", told.tenantPrefix());
    }

    @Test
    void aTenantDefinitionIsTheFilesJson() {
        var json = (jakarta.json.JsonObject) fi.kykyverkko.testkit.KeycloakTestClient.json(TenantsRun.definition("perf-0007"));
        assertEquals("perf-0007", json.getString("id"));
        assertEquals(2, json.getJsonArray("municipalities").size());
        assertEquals("Perf region perf-0007", json.getJsonObject("names").getString("en"));
    }
}
