package fi.kykyverkko.networks.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeCard.Section;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworksModule;
import fi.kykyverkko.networks.events.EventKind;
import fi.kykyverkko.networks.events.EventSummary;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.networks.groups.Cadence;
import fi.kykyverkko.networks.groups.GroupActivity;
import fi.kykyverkko.networks.groups.GroupKind;
import fi.kykyverkko.networks.groups.GroupSummary;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.networks.ui.EventsView;
import fi.kykyverkko.networks.ui.GroupView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The networks module's front-page cards for one person: what waits for them, what is coming in their groups and
 * the region, and what others changed lately in their groups — and nothing of groups they are not in.
 */
class NetworkCardsTest {

    private static final Locale FI = Locale.forLanguageTag("fi-FI");
    /** Tuesday 1 December 2026, 10.00 in Helsinki. */
    private static final Instant NOW = PortalTime.instant(LocalDateTime.of(2026, 12, 1, 10, 0));

    private final Person pia = person(1, "pia", "Pia Paananen");
    private final Person kaisa = person(2, "kaisa", "Kaisa Kela");
    private final NetworkGroup development = group(10, "Kehittämisryhmä", pia, pia, kaisa);
    private final NetworkGroup steering = group(11, "Ohjausryhmä", kaisa, kaisa);
    private final Map<Long, List<Meeting>> meetings = new HashMap<>();
    private final Map<Long, List<GroupTask>> tasks = new HashMap<>();

    @Test
    void theNextMeetingsOfTheirOwnGroupsAreComingSoonestFirstWithTheWeekday() {
        meetings.put(10L, List.of(meeting(10, days(22), MeetingStatus.PLANNED, null, "Kokoushuone"),
                meeting(10, days(8), MeetingStatus.PLANNED, null, null), meeting(10, days(-6), MeetingStatus.HELD, "Muistio", null),
                meeting(10, days(80), MeetingStatus.PLANNED, null, null)));
        HomeCard card = card(cards("pia"), "networks.home.meetings-title");
        assertEquals(Section.COMING, card.section());
        assertFalse(card.attention());
        assertEquals(List.of("networks.home.meeting-line", "networks.home.meeting-line-place"), keys(card));
        assertEquals(List.of("Kehittämisryhmä", "ke 9.12.2026 klo 10.00", ""), card.lines().get(0).args());
        assertEquals(GroupView.class, card.lines().get(0).route());
        assertEquals("10", card.lines().get(0).routeParameter());
        assertEquals("Kokoushuone", card.lines().get(1).args().get(2));
    }

    @Test
    void aConvenerIsAskedForTheMinutesOfAMeetingThatTookPlace() {
        meetings.put(10L, List.of(meeting(10, days(-6), MeetingStatus.HELD, null, null),
                meeting(10, days(-34), MeetingStatus.HELD, "Muistio", null), meeting(10, days(-20), MeetingStatus.CANCELLED, null, null)));
        HomeCard card = card(cards("pia"), "networks.home.minutes-title");
        assertEquals(Section.WAITS, card.section());
        assertTrue(card.attention());
        assertEquals(List.of(List.of("Kehittämisryhmä", "25.11.2026")), card.lines().stream().map(HomeCard.Line::args).toList());
        assertTrue(cards("kaisa").stream().noneMatch(c -> c.titleKey().equals("networks.home.minutes-title")),
                "a member who does not convene is not asked");
    }

    @Test
    void theirOpenTasksWaitWithTheLateOnesSaidSoAndFirst() {
        GroupTask late = task(10, "Kokoa palaute", NOW.minus(Duration.ofDays(1)), "pia");
        late.setDueOn(LocalDate.of(2026, 11, 20));
        GroupTask later = task(10, "Varaa sali", NOW.minus(Duration.ofDays(1)), "pia");
        later.setDueOn(LocalDate.of(2026, 12, 20));
        HomeCard card = card(new NetworkCards(snapshot("pia", List.of(later, late), List.of(), Set.of()), FI).all(), "networks.home.tasks-title");
        assertTrue(card.attention());
        assertEquals(List.of("networks.home.task-line-late", "networks.home.task-line"), keys(card));
        assertEquals(List.of("Kokoa palaute", "20.11.2026"), card.lines().get(0).args());
    }

    @Test
    void whatOthersChangedInTheirGroupsIsShownNewestFirstAndTheirOwnAndTheSystemsEditsAreNot() {
        meetings.put(10L, List.of(meeting(10, days(-6), MeetingStatus.HELD, "Muistio", null),
                touched(meeting(10, days(15), MeetingStatus.PLANNED, null, null), "kaisa", NOW.minus(Duration.ofHours(3))),
                touched(meeting(10, days(29), MeetingStatus.CANCELLED, null, null), "kaisa", NOW.minus(Duration.ofDays(2))),
                touched(meeting(10, days(40), MeetingStatus.PLANNED, null, null), "system", NOW.minus(Duration.ofHours(1)))));
        tasks.put(10L, List.of(task(10, "Päivitä esite", NOW.minus(Duration.ofDays(1)), "kaisa"),
                task(10, "Oma muutos", NOW.minus(Duration.ofMinutes(5)), "pia"),
                task(10, "Vanha muutos", NOW.minus(Duration.ofDays(20)), "kaisa")));
        HomeCard card = card(cards("pia"), "networks.home.changes-title");
        assertEquals(Section.CHANGED, card.section());
        assertEquals(List.of("networks.home.change-meeting", "networks.home.change-task", "networks.home.change-cancelled",
                "networks.home.change-minutes"), keys(card));
        assertEquals(List.of("Kehittämisryhmä", "ke 16.12.2026 klo 10.00", "Kaisa Kela"), card.lines().get(0).args());
        assertEquals(List.of("Kehittämisryhmä", "Päivitä esite", "Kaisa Kela"), card.lines().get(1).args());
    }

    @Test
    void nothingOfAGroupTheyAreNotInShows() {
        meetings.put(11L, List.of(meeting(11, days(3), MeetingStatus.PLANNED, null, null)));
        tasks.put(11L, List.of(task(11, "Ohjausryhmän asia", NOW.minus(Duration.ofHours(1)), "kaisa")));
        // NetworkHome reads meetings and tasks only of the person's own groups; the cards must not widen that
        List<HomeCard> pias = new NetworkCards(new NetworkCards.Snapshot("pia", NOW, List.of(summary(development)),
                Map.of(), Map.of(), List.of(), List.of(), Set.of(), List.of(), names()), FI).all();
        assertEquals(List.of(), pias);
        assertTrue(NetworkCards.takesPart(steering, "kaisa"));
        assertFalse(NetworkCards.takesPart(steering, "pia"));
        assertTrue(NetworkCards.takesPart(development, "kaisa"), "a member takes part");
    }

    @Test
    void theRegionsNextEventsSayWhereTheyHaveRegisteredAndWhereTheyStillCan() {
        NetworkEvent registered = event(20, "Kohtaamo", days(5), true);
        NetworkEvent open = event(21, "Info ammattilaisille", days(12), true);
        NetworkEvent closed = event(22, "Verkostopäivä", days(2), false);
        NetworkEvent past = event(23, "Mennyt", days(-2), true);
        HomeCard card = card(new NetworkCards(snapshot("pia", List.of(), List.of(registered, open, closed, past), Set.of(20L)), FI).all(),
                "networks.home.events-title");
        assertEquals(Section.COMING, card.section());
        assertEquals(List.of("networks.home.event-line", "networks.home.event-line-registered", "networks.home.event-line-open"), keys(card));
        assertEquals(List.of("Verkostopäivä", "to 3.12.2026 klo 10.00"), card.lines().get(0).args());
        assertEquals(EventsView.class, card.lines().get(0).route());
    }

    @Test
    void timesAreWrittenTheWayTheReadersLanguageWritesThem() {
        meetings.put(10L, List.of(meeting(10, days(8), MeetingStatus.PLANNED, null, null)));
        HomeCard sv = card(new NetworkCards(snapshot("pia", List.of(), List.of(), Set.of()), Locale.forLanguageTag("sv-FI")).all(),
                "networks.home.meetings-title");
        assertEquals("ons 9.12.2026 kl. 10.00", sv.lines().get(0).args().get(1));
        HomeCard en = card(new NetworkCards(snapshot("pia", List.of(), List.of(), Set.of()), Locale.forLanguageTag("en-FI")).all(),
                "networks.home.meetings-title");
        assertEquals("Wed 9.12.2026 at 10:00", en.lines().get(0).args().get(1));
    }

    @Test
    void aQuietGroupAsksItsConvenerToAct() {
        NetworkGroup quiet = group(12, "Työhönvalmennuksen verkosto", pia, pia);
        quiet.setCadence(Cadence.parse("M1:TUESDAY:1"));
        GroupSummary summary = new GroupSummary(quiet, GroupActivity.of(quiet.getCadence(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 3, 3), null, PortalTime.date(NOW)), 0);
        List<HomeCard> all = new NetworkCards(new NetworkCards.Snapshot("pia", NOW, List.of(summary), Map.of(), Map.of(), List.of(),
                List.of(), Set.of(), List.of(), names()), FI).all();
        HomeCard card = card(all, "networks.home.quiet-title");
        assertEquals(Section.WAITS, card.section());
        assertEquals("networks.home.quiet-group-yours", card.lines().get(0).textKey());
        assertEquals(List.of("Työhönvalmennuksen verkosto", "3.3.2026"), card.lines().get(0).args());
    }

    @Test
    void theFrontPageSentenceNamesTheModulesViewsAsTheMenuDoes() {
        NetworksModule module = new NetworksModule();
        for (String language : List.of("fi", "sv", "en")) {
            ResourceBundle texts = NetworksModule.texts(Locale.forLanguageTag(language));
            String about = texts.getString(module.aboutKey());
            for (ModuleView view : module.views()) {
                if (view.inMenu() && !view.titleKey().equals("networks.import.title")) {
                    assertTrue(about.toLowerCase(Locale.ROOT).contains(texts.getString(view.titleKey()).toLowerCase(Locale.ROOT)),
                            language + ": " + about + " does not name " + texts.getString(view.titleKey()));
                }
            }
        }
    }

    // ---- the region's data as the services would give them ----

    private List<HomeCard> cards(String username) {
        return new NetworkCards(snapshot(username, List.of(), List.of(), Set.of()), FI).all();
    }

    private NetworkCards.Snapshot snapshot(String username, List<GroupTask> openTasks, List<NetworkEvent> events, Set<Long> registered) {
        List<GroupSummary> own = List.of(development, steering).stream().filter(g -> NetworkCards.takesPart(g, username))
                .map(NetworkCardsTest::summary).toList();
        Map<Long, List<Meeting>> ownMeetings = new HashMap<>();
        Map<Long, List<GroupTask>> ownTasks = new HashMap<>();
        own.forEach(g -> {
            ownMeetings.put(g.group().getId(), meetings.getOrDefault(g.group().getId(), List.of()));
            ownTasks.put(g.group().getId(), tasks.getOrDefault(g.group().getId(), List.of()));
        });
        return new NetworkCards.Snapshot(username, NOW, own, ownMeetings, ownTasks, openTasks,
                events.stream().map(e -> new EventSummary(e, registered.contains(e.getId()) ? 1 : 0, 0)).toList(), registered, List.of(), names());
    }

    private Map<String, String> names() {
        return Map.of("pia", pia.getName(), "kaisa", kaisa.getName());
    }

    private static GroupSummary summary(NetworkGroup g) {
        return new GroupSummary(g, GroupActivity.of(null, g.getStartedOn(), null, null, PortalTime.date(NOW)), 0);
    }

    private static Instant days(int days) {
        return NOW.plus(Duration.ofDays(days));
    }

    private static Person person(long id, String username, String name) {
        Person p = new Person();
        p.setUsername(username);
        p.setName(name);
        return withId(p, id);
    }

    private static NetworkGroup group(long id, String name, Person convener, Person... members) {
        NetworkGroup g = new NetworkGroup();
        g.setName(name);
        g.setKind(GroupKind.values()[0]);
        g.setConvener(convener);
        g.setStartedOn(LocalDate.of(2025, 1, 1));
        g.setMembers(Set.of(members));
        return withId(g, id);
    }

    private static Meeting meeting(long groupId, Instant start, MeetingStatus status, String minutes, String place) {
        Meeting m = new Meeting(groupId);
        m.setStartsAt(start);
        m.setEndsAt(start.plus(Duration.ofMinutes(90)));
        m.setStatus(status);
        m.setMinutes(minutes);
        m.setPlace(place);
        return touched(m, "system", NOW.minus(Duration.ofDays(300)));
    }

    private static GroupTask task(long groupId, String title, Instant changedAt, String by) {
        GroupTask t = new GroupTask(groupId);
        t.setTitle(title);
        return touched(t, by, changedAt);
    }

    private static NetworkEvent event(long id, String title, Instant start, boolean registrationOpen) {
        NetworkEvent e = new NetworkEvent();
        e.setTitle(title);
        e.setKind(EventKind.values()[0]);
        e.setStartsAt(start);
        e.setEndsAt(start.plus(Duration.ofHours(2)));
        e.setRegistrationOpen(registrationOpen);
        return withId(e, id);
    }

    private static <S extends Stamped> S touched(S row, String by, Instant at) {
        row.touch(by, at);
        return row;
    }

    /** Ids come from the database; here they are set as EclipseLink would. */
    private static <S extends Stamped> S withId(S row, long id) {
        try {
            java.lang.reflect.Field field = Stamped.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(row, id);
            return row;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HomeCard card(List<HomeCard> cards, String titleKey) {
        return cards.stream().filter(c -> c.titleKey().equals(titleKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + titleKey + " in " + cards.stream().map(HomeCard::titleKey).toList()));
    }

    private static List<String> keys(HomeCard card) {
        return card.lines().stream().map(HomeCard.Line::textKey).toList();
    }
}
