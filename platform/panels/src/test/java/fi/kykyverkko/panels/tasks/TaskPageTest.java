package fi.kykyverkko.panels.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.guard.IdentityGuard;
import fi.kykyverkko.kernel.links.LiveLink;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.ShellTestKit;
import fi.kykyverkko.shell.TenantThemes;
import fi.kykyverkko.shell.TestDoubles;
import fi.kykyverkko.shell.links.LinkVisit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The residents' task page as HTML on in-memory services: the question in plain Finnish, one answer stored, the guard's refusal, closed, another region. */
class TaskPageTest {

    static final TenantId KYMI = TenantId.of("kymenlaakso");
    static final TenantId LAPPI = TenantId.of("lappi");

    final ResidentTask open = new ResidentTask(1, "Työkyvyn tuki", "Mitä toivot työkyvyn tuen palveluilta?", PortalTime.today().minusDays(2), null);
    final ResidentTask closed = new ResidentTask(1, "Vanha tehtävä", "Mitä ajattelit?", PortalTime.today().minusDays(10), 7);
    /** What was stored: region, task, key, question number, text. */
    final List<String> stored = new ArrayList<>();

    TaskPageTest() {
        ShellTestKit.inject(open, "id", 7L);
        ShellTestKit.inject(closed, "id", 8L);
    }

    TaskPage page() {
        TaskPage page = new TaskPage();
        IdentityGuard realGuard = new IdentityGuard(List.of());
        page.tasks = new ResidentTasks() {
            @Override
            public Optional<ResidentTask> taskOf(TenantId tenant, long taskId) {
                if (!tenant.equals(KYMI)) {
                    return Optional.empty();
                }
                return taskId == 7 ? Optional.of(open) : taskId == 8 ? Optional.of(closed) : Optional.empty();
            }

            @Override
            public boolean stored(TenantId tenant, String submission) {
                return stored.stream().anyMatch(s -> s.startsWith(tenant.value() + "|") && s.contains("|" + submission + "|"));
            }

            @Override
            public boolean answer(TenantId tenant, long taskId, String submission, Map<Integer, String> texts, String nickname) {
                ResidentTask task = taskOf(tenant, taskId).orElseThrow();
                AnswerRules.check(realGuard, tenant, task, PortalTime.today(), texts, nickname).throwIfAny();
                if (stored(tenant, submission)) {
                    return false;
                }
                texts.forEach((no, text) -> {
                    if (!text.isBlank()) {
                        stored.add(tenant.value() + "|" + taskId + "|" + submission + "|" + no + "|" + text);
                    }
                });
                return true;
            }
        };
        page.pace = new AnswerPace();
        page.themes = new TenantThemes();
        ShellTestKit.inject(page.themes, "directory", Optional.<String>empty());
        return page;
    }

    String render(TenantId tenant, String subject, String method, Map<String, String> params, int[] status) throws Exception {
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getParameter" -> params.get((String) args[0]);
                    case "getMethod" -> method;
                    case "getRemoteAddr" -> "10.1.2.3";
                    case "getLocales" -> java.util.Collections.enumeration(List.of(java.util.Locale.forLanguageTag("fi")));
                    case "getLocale" -> java.util.Locale.forLanguageTag("fi");
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("getWriter")) {
                        return writer;
                    }
                    if (m.getName().equals("setStatus")) {
                        status[0] = (Integer) args[0];
                    }
                    return null;
                });
        var region = new TestDoubles.FakeTenant(tenant, new LocalizedText("Kymenlaakso", "Kymmenedalen", "Kymenlaakso"), "base", List.of("Kotka"),
                Set.of("panels"));
        page().serve(new LinkVisit(region, new LiveLink(1, ResidentTasks.LINK_PURPOSE, subject, UseMode.REUSABLE_UNTIL_SUBMITTED,
                Instant.parse("2027-06-01T00:00:00Z"), null), "/kykyverkko/l/" + tenant.value() + "/token", ""), request, response);
        writer.flush();
        return body.toString();
    }

    static String key(String html) {
        Matcher m = Pattern.compile("name=\"task-submission\" value=\"([A-Za-z0-9-]+)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    @Test
    void getShowsTheQuestionInPlainFinnishWithoutScript() throws Exception {
        int[] status = {200};
        String html = render(KYMI, "panel-task:7", "GET", new HashMap<>(), status);
        assertEquals(200, status[0]);
        assertTrue(html.contains("<html lang=\"fi\""), html);
        assertTrue(html.contains("Mitä toivot työkyvyn tuen palveluilta?"), html);
        assertTrue(html.contains("Vastaa omin sanoin. Voit vastata"), "the plain-Finnish intro: " + html);
        assertTrue(html.contains("Emme tallenna nimeäsi"), html);
        assertTrue(html.contains("id=\"lang-sv\"") && html.contains("id=\"lang-fi\""), "the other languages");
        assertFalse(html.contains("id=\"lang-fi-plain\""), "already plain");
        assertFalse(html.contains("<script"), "no script needed");
        assertTrue(render(KYMI, "panel-task:7", "GET", Map.of("lang", "sv"), status).contains("Svara med egna ord."));
    }

    @Test
    void aPostStoresOneAnswerAndARetrySaysThankYouAgain() throws Exception {
        int[] status = {200};
        String key = key(render(KYMI, "panel-task:7", "GET", new HashMap<>(), status));
        String html = render(KYMI, "panel-task:7", "POST", Map.of("task-submission", key, "lang", "fi-plain", "q1", "Pääsy ilman lähetettä."), status);
        assertEquals(200, status[0], html);
        assertTrue(html.contains("id=\"thanks\""), html);
        assertEquals(List.of("kymenlaakso|7|" + key + "|1|Pääsy ilman lähetettä."), stored);
        render(KYMI, "panel-task:7", "POST", Map.of("task-submission", key, "lang", "fi-plain", "q1", "Pääsy ilman lähetettä."), status);
        assertEquals(1, stored.size(), "the same form posted twice stores one answer");
    }

    @Test
    void anIdentityCodeIsRefusedPlainlyAndNothingIsStored() throws Exception {
        int[] status = {200};
        String html = render(KYMI, "panel-task:7", "POST", Map.of("task-submission", "0f3c1a2b-1111-4222-8333-444455556666", "q1",
                "Olen 131052-308T ja haluan apua"), status);
        assertEquals(422, status[0]);
        assertTrue(html.contains("Tekstissä on henkilötunnus. Ota se pois."), html);
        assertTrue(html.contains("aria-invalid=\"true\""), html);
        assertTrue(stored.isEmpty(), "never stored");
    }

    @Test
    void aClosedTaskShowsACalmPageAndTakesNoAnswer() throws Exception {
        int[] status = {200};
        String html = render(KYMI, "panel-task:8", "GET", new HashMap<>(), status);
        assertEquals(410, status[0]);
        assertTrue(html.contains("Tehtävä on loppunut"), html);
        assertFalse(html.contains("<textarea"), html);
        render(KYMI, "panel-task:8", "POST", Map.of("task-submission", "0f3c1a2b-1111-4222-8333-444455556667", "q1", "Myöhässä"), status);
        assertEquals(410, status[0]);
        assertTrue(stored.isEmpty());
    }

    @Test
    void anotherRegionsTaskOrAnotherPurposeIsNotFound() throws Exception {
        int[] status = {200};
        String html = render(LAPPI, "panel-task:7", "GET", new HashMap<>(), status);
        assertEquals(404, status[0]);
        assertFalse(html.contains("Mitä toivot"), html);
        status[0] = 200;
        render(KYMI, "panel-member:7", "GET", new HashMap<>(), status);
        assertEquals(404, status[0]);
    }
}
