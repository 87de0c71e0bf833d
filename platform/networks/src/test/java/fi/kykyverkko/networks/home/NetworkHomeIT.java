package fi.kykyverkko.networks.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeContext;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworksModule;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The networks module's front-page cards inside Payara Micro on the real MariaDB, with Lapland's demo network:
 * what a colleague plans or changes in a group shows on its members' front page, and only theirs.
 */
class NetworkHomeIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    /** Convener of Lapland's development group in the demo (Pekka Työkykykoordinaattori). */
    private static final PortalUser PEKKA = new PortalUser("lappi.professional", "Pekka", false, Map.of(LAPPI, Set.of("professional")));
    private static final PortalUser COLLEAGUE = new PortalUser("it.home.colleague", "Kollega", false, Map.of(LAPPI, Set.of("professional")));
    /** A professional of the region who is in none of its groups. */
    private static final PortalUser OUTSIDER = new PortalUser("it.home.outsider", "Ulkopuolinen", false, Map.of(LAPPI, Set.of("professional")));

    @Inject
    NetworksModule networks;

    @Inject
    Groups groups;

    @Test
    void whatAColleaguePlansAndChangesInAGroupShowsOnItsMembersFrontPage() {
        NetworkGroup development = groups.byCode(LAPPI, "kehittamisryhma").orElseThrow();
        String title = "Front page check " + Long.toString(System.nanoTime(), 36);
        GroupTask task = new GroupTask(development.getId());
        task.setTitle(title);
        groups.saveTask(LAPPI, COLLEAGUE, task);
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        Meeting meeting = new Meeting(development.getId());
        meeting.reschedule(start, start.plus(Duration.ofHours(1)));
        meeting.setPlace("Testihuone " + title);
        Meeting planned = groups.saveMeeting(LAPPI, COLLEAGUE, meeting);
        try {
            List<HomeCard> pekkas = networks.homeCards(new HomeContext(LAPPI, PEKKA));
            HomeCard coming = card(pekkas, "networks.home.meetings-title").orElseThrow();
            assertEquals(HomeCard.Section.COMING, coming.section());
            assertEquals(List.of("Kehittämisryhmä", weekday(start) + " " + PortalTime.dateTime(start, HomeContext.FINNISH), "Testihuone " + title),
                    coming.lines().get(0).args(), "the soonest meeting first");
            assertEquals(String.valueOf(development.getId()), coming.lines().get(0).routeParameter());
            HomeCard changed = card(pekkas, "networks.home.changes-title").orElseThrow();
            assertTrue(changed.lines().stream().anyMatch(l -> l.textKey().equals("networks.home.change-task") && l.args().get(1).equals(title)
                    && l.args().get(2).equals("it.home.colleague")), changed.lines().toString());
            assertTrue(changed.lines().stream().anyMatch(l -> l.textKey().equals("networks.home.change-meeting")), changed.lines().toString());

            List<HomeCard> outsiders = networks.homeCards(new HomeContext(LAPPI, OUTSIDER));
            assertTrue(outsiders.stream().flatMap(c -> c.lines().stream()).noneMatch(l -> l.args().contains(title)
                            || l.args().contains("Testihuone " + title)), "nothing of a group they are not in");
            assertTrue(card(outsiders, "networks.home.changes-title").isEmpty());
        } finally {
            // the demo group keeps its own next meeting for the other tests
            planned.setStatus(MeetingStatus.CANCELLED);
            groups.saveMeeting(LAPPI, COLLEAGUE, planned);
        }
        HomeCard changed = card(networks.homeCards(new HomeContext(LAPPI, PEKKA)), "networks.home.changes-title").orElseThrow();
        assertEquals("networks.home.change-cancelled", changed.lines().get(0).textKey(), "the newest change first: the cancellation");
    }

    private static String weekday(Instant at) {
        return PortalTime.date(at).getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, HomeContext.FINNISH);
    }

    private static Optional<HomeCard> card(List<HomeCard> cards, String titleKey) {
        return cards.stream().filter(c -> c.titleKey().equals(titleKey)).findFirst();
    }
}
