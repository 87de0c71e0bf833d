package fi.kykyverkko.networks.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.groups.GroupActivity;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** "Next meeting" never shows a past date as if it were coming. */
class NextMeetingTextTest {

    private static final Map<String, String> TEXTS = Map.of(
            "networks.groups.next-none", "ei sovittu",
            "networks.groups.next-due", "viimeistään {0} (ei vielä sovittu)",
            "networks.groups.next-overdue", "ei sovittu – olisi pitänyt olla {0} mennessä");
    private static final BiFunction<String, Object[], String> T = (key, args) -> MessageFormat.format(TEXTS.get(key), args);
    private static final Locale FI = Locale.forLanguageTag("fi-FI");

    @Test
    void aPlannedMeetingIsShownAsItsDate() {
        LocalDate planned = PortalTime.today().plusDays(3);
        assertEquals(PortalTime.date(planned, FI), GroupsView.nextMeeting(new GroupActivity(null, planned, null, GroupActivity.State.ON_TRACK), T, FI));
    }

    @Test
    void aComingDueDateSaysNothingIsPlannedYet() {
        LocalDate due = PortalTime.today().plusDays(10);
        assertEquals("viimeistään " + PortalTime.date(due, FI) + " (ei vielä sovittu)",
                GroupsView.nextMeeting(new GroupActivity(null, null, due, GroupActivity.State.ON_TRACK), T, FI));
    }

    @Test
    void aPassedDueDateIsCalledOverdue() {
        LocalDate due = PortalTime.today().minusDays(30);
        assertEquals("ei sovittu – olisi pitänyt olla " + PortalTime.date(due, FI) + " mennessä",
                GroupsView.nextMeeting(new GroupActivity(null, null, due, GroupActivity.State.QUIET), T, FI));
    }

    @Test
    void withoutCadenceThereIsNoDate() {
        assertEquals("ei sovittu", GroupsView.nextMeeting(new GroupActivity(null, null, null, GroupActivity.State.ON_TRACK), T, FI));
    }
}
