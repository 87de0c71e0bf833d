package fi.kykyverkko.networks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.groups.Cadence;
import fi.kykyverkko.networks.groups.GroupKind;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.ShellTestKit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The groups as people meet them: a group off its cadence is not "Rytmissä", and nothing is cut. */
class GroupsViewTest {

    private static final Cadence FIRST_TUESDAY = Cadence.parse("M1:TUESDAY:1");

    private final NetworksInMemory network = new NetworksInMemory();
    private final ShellTestKit kit = network.kit();
    private final LocalDate today = PortalTime.today();
    private final Person convener = NetworksInMemory.person("p-koordinaattori", "Pekka Työkykykoordinaattori", "työkykykoordinaattori",
            NetworksInMemory.organisation("hva", "Lapin hyvinvointialue"), "pekka.tyokykykoordinaattori@lapha.demo.kykyverkko.invalid", "lappi.professional");

    @AfterEach
    void stop() {
        kit.close();
    }

    /** The latest first Tuesday whose Wednesday is already past. */
    private LocalDate latestFirstTuesdayBeforeYesterday() {
        LocalDate tuesday = today.withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(1, DayOfWeek.TUESDAY));
        return tuesday.plusDays(1).isBefore(today) ? tuesday
                : today.withDayOfMonth(1).minusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(1, DayOfWeek.TUESDAY));
    }

    private NetworkGroup group(String code, String name, LocalDate lastMeeting) {
        NetworkGroup group = NetworksInMemory.stored(new NetworkGroup());
        group.setCode(code);
        group.setName(name);
        group.setKind(GroupKind.NETWORK);
        group.setCadence(FIRST_TUESDAY);
        group.setConvener(convener);
        group.setMembers(Set.of(convener));
        group.setStartedOn(today.minusYears(1));
        network.groups.all.add(group);
        network.groups.meetings.add(meeting(group, lastMeeting, MeetingStatus.HELD));
        LocalDate next = today.withDayOfMonth(1).plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(1, DayOfWeek.TUESDAY));
        network.groups.meetings.add(meeting(group, next, MeetingStatus.PLANNED));
        return group;
    }

    private static Meeting meeting(NetworkGroup group, LocalDate day, MeetingStatus status) {
        Meeting m = NetworksInMemory.stored(new Meeting(group.getId()));
        m.reschedule(PortalTime.instant(day.atTime(13, 0)), PortalTime.instant(day.atTime(14, 30)));
        m.setPlace("Kokoushuone");
        m.setStatus(status);
        return m;
    }

    private void openAsProfessional(String path) {
        kit.signIn("lappi.professional", "Pekka Työkykykoordinaattori", List.of("/tenants/lappi/professional"), List.of()).start();
        assertEquals(200, kit.open(path));
    }

    private static String rowText(String name) {
        return _find(_get(Div.class, spec -> spec.withId("groups-list")), NativeTableRow.class).stream()
                .map(r -> r.getElement().getTextRecursively()).filter(t -> t.contains(name)).findFirst().orElseThrow();
    }

    @Test
    void aFirstTuesdayGroupThatMetOnAWednesdayIsNotRytmissa() {
        LocalDate tuesday = latestFirstTuesdayBeforeYesterday();
        group("tyohonvalmentajat", "Työhönvalmentajien verkosto", tuesday.plusDays(1));
        group("kehittamisryhma", "Kehittämisryhmä", tuesday);
        openAsProfessional("lappi/networks/groups");
        assertTrue(rowText("Työhönvalmentajien verkosto").contains("Poikkeaa rytmistä"), rowText("Työhönvalmentajien verkosto"));
        assertTrue(!rowText("Työhönvalmentajien verkosto").contains("Rytmissä"), rowText("Työhönvalmentajien verkosto"));
        assertTrue(rowText("Kehittämisryhmä").contains("Rytmissä"), rowText("Kehittämisryhmä"));
        // whole names, no grid to cut them ("Työhönvalment… verkosto", "Pekka Työkykykoor…")
        assertTrue(rowText("Työhönvalmentajien verkosto").contains("Pekka Työkykykoordinaattori"));
        _assertNone(Grid.class);
    }

    @Test
    void theGroupPageSaysWhichMeetingBrokeTheCadence() {
        LocalDate wednesday = latestFirstTuesdayBeforeYesterday().plusDays(1);
        NetworkGroup group = group("tyohonvalmentajat", "Työhönvalmentajien verkosto", wednesday);
        openAsProfessional("lappi/networks/group/" + group.getId());
        assertEquals("Viimeisin kokous " + PortalTime.date(wednesday, null) + " ei osunut sovittuun rytmiin (Kuukauden ensimmäinen tiistai).",
                _get(Paragraph.class, spec -> spec.withId("off-cadence")).getText());
        String members = _get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("group-members")).getElement().getTextRecursively();
        assertTrue(members.contains("pekka.tyokykykoordinaattori@lapha.demo.kykyverkko.invalid"), members);
        _get(Div.class, spec -> spec.withId("meetings-list"));
        _get(Div.class, spec -> spec.withId("tasks-list"));
        _assertNone(Grid.class);
    }
}
