package fi.kykyverkko.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.panels.PanelRoles;
import fi.kykyverkko.panels.PanelsModule;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.mood.MoodFeedback;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.shell.ShellTestKit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kiosk on in-memory services: all three questions or nothing is stored, and each answer is only its three values. */
class KioskViewTest {

    static final class PanelsInMemory extends Panels {
        final PanelMeeting meeting = new PanelMeeting(1, LocalDate.of(2026, 12, 4), Instant.parse("2026-12-04T11:00:00Z"),
                Instant.parse("2026-12-04T13:00:00Z"), "Roihula");

        PanelsInMemory() {
            ShellTestKit.inject(meeting, "id", 7L);
        }

        @Override
        public Optional<PanelMeeting> meeting(TenantId tenant, PortalUser staff, long meetingId) {
            PanelRoles.requireStaff(staff, tenant);
            return meetingId == 7 ? Optional.of(meeting) : Optional.empty();
        }
    }

    static final class MoodInMemory extends MoodFeedback {
        final List<Map<String, Integer>> stored = new ArrayList<>();

        @Override
        public void record(TenantId tenant, PortalUser staff, long meetingId, Map<String, Integer> answers) {
            PanelRoles.requireStaff(staff, tenant);
            fi.kykyverkko.kernel.domain.Problems problems = new fi.kykyverkko.kernel.domain.Problems();
            for (String item : List.of("meeting", "heard", "again")) {
                if (!answers.containsKey(item)) {
                    problems.add(item, "panels.mood.answer-required");
                }
            }
            problems.throwIfAny();
            stored.add(answers);
        }
    }

    private final MoodInMemory mood = new MoodInMemory();
    private final ShellTestKit kit = new ShellTestKit(new PanelsModule()).bean(Panels.class, new PanelsInMemory()).bean(MoodFeedback.class, mood);

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void threeTapsAndSendStoreOneAnswerAndTheFormStartsAgain() {
        kit.signIn("fanni", "Fanni", List.of("/tenants/lappi/panel-facilitator"), List.of()).start();
        assertEquals(200, kit.open("lappi/panels/kiosk/7"));
        _click(_get(Button.class, spec -> spec.withId("mood-meeting-3")));
        _click(_get(Button.class, spec -> spec.withId("mood-send")));
        assertEquals(0, mood.stored.size(), "two questions unanswered: nothing stored");
        _click(_get(Button.class, spec -> spec.withId("mood-meeting-3")));
        _click(_get(Button.class, spec -> spec.withId("mood-heard-2")));
        _click(_get(Button.class, spec -> spec.withId("mood-again-1")));
        assertEquals("true", _get(Button.class, spec -> spec.withId("mood-heard-2")).getElement().getAttribute("aria-pressed"));
        _click(_get(Button.class, spec -> spec.withId("mood-send")));
        assertEquals(List.of(Map.of("meeting", 3, "heard", 2, "again", 1)), mood.stored);
        assertTrue(_find(Paragraph.class, spec -> spec.withId("kiosk-thanks")).size() == 1);
        assertEquals("false", _get(Button.class, spec -> spec.withId("mood-heard-2")).getElement().getAttribute("aria-pressed"),
                "the next person gets a clean form");
    }

    @Test
    void aNetworkMemberHasNoKiosk() {
        kit.signIn("nina", "Nina", List.of("/tenants/lappi/network-member"), List.of()).start();
        assertTrue(kit.open("lappi/panels/kiosk/7") >= 400);
        assertTrue(mood.stored.isEmpty());
    }
}
