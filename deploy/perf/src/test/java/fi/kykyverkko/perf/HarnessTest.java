package fi.kykyverkko.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.VaadinHttpSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness against {@link FakePortal}: it logs in through the login form, keeps the CSRF token and sync id, goes
 * round the whole scenario (clicks and field values as UIDL RPC), and a run writes a report with every step.
 */
class HarnessTest {

    private static PerfConfig config(String base, Path out) {
        return PerfConfig.from(Map.of("perf.url", base, "perf.regions", "lappi", "perf.password", FakePortal.PASSWORD,
                "perf.think.min", "0", "perf.think.max", "0", "perf.out", out.toString()));
    }

    @Test
    void aProfessionalLogsInAndGoesRoundTheScenario(@TempDir Path out) throws Exception {
        try (FakePortal portal = new FakePortal()) {
            Recorder recorder = new Recorder();
            Professional professional = new Professional(config(portal.base(), out), () -> recorder, VaadinHttpSession.newClient(), 0);
            assertTrue(professional.login(), "login: " + recorder.errors() + portal.problems);
            assertTrue(professional.round(() -> true), "round: " + recorder.errors());
            assertTrue(professional.round(() -> true), "second round: " + recorder.errors());
            assertEquals(Map.of(), recorder.errors());
            assertEquals(List.of(), portal.problems, "the fake portal saw a wrong CSRF token, sync id or cookie");
            assertEquals(List.of("login", "front page", "catalogue", "catalogue search", "people", "groups", "group", "plan meeting",
                    "meeting place", "save meeting"), List.copyOf(recorder.steps().keySet()));
            assertEquals(2, recorder.steps().get("save meeting").count());
            assertTrue(portal.uidlBodies.stream().anyMatch(b -> b.contains("\"type\":\"mSync\"") && b.contains("\"property\":\"value\"")
                    && b.contains("\"value\":\"Kuormitustesti 1\"") && b.contains("\"event\":\"change\"")), "the place is set as typing does");
            assertTrue(portal.uidlBodies.stream().anyMatch(b -> b.contains("\"node\":31,\"event\":\"click\"")
                    && b.contains("\"event.shiftKey\":false")), "save is clicked with the click event's data");
        }
    }

    @Test
    void aWrongPasswordIsALoginErrorOfItsKind(@TempDir Path out) throws Exception {
        try (FakePortal portal = new FakePortal()) {
            Recorder recorder = new Recorder();
            PerfConfig wrong = PerfConfig.from(Map.of("perf.url", portal.base(), "perf.regions", "lappi", "perf.password", "väärä",
                    "perf.out", out.toString()));
            Professional professional = new Professional(wrong, () -> recorder, VaadinHttpSession.newClient(), 0);
            assertFalse(professional.login());
            assertEquals(1, recorder.errorCount());
            // the fake Keycloak shares the portal's host, so the refused login shows when the UI has no session
            assertEquals(Map.of("login: HTTP 403", 1L), recorder.errors());
        }
    }

    @Test
    void aLoadRunWritesAReportWithEveryStep(@TempDir Path out) throws Exception {
        try (FakePortal portal = new FakePortal()) {
            PerfConfig config = config(portal.base(), out);
            Recorder recorder = LoadRun.run(config, 3, 0, 2);
            assertTrue(recorder.steps().get("save meeting").count() >= 3, recorder.steps().keySet() + " " + recorder.errors());
            assertEquals(0, recorder.errorCount(), recorder.errors().toString());
            Path file = new Report("Load").steps(recorder).write(out.resolve("load.md"));
            String text = Files.readString(file);
            for (String step : List.of("| login |", "| front page |", "| catalogue search |", "| save meeting |", "all UIDL round trips", "Errors: none.")) {
                assertTrue(text.contains(step), step + " missing in\n" + text);
            }
        }
    }

    @Test
    void groupLinksAreReadFromTheGroupsList() {
        assertEquals(List.of(12L, 14L), Professional.groupIds("..\"value\":\"lappi/networks/group/12\"..networks/group/14..networks/group/12"));
        assertEquals(List.of(), Professional.groupIds("no groups"));
    }
}
