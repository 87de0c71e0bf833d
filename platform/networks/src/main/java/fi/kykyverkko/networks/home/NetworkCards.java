package fi.kykyverkko.networks.home;

import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeCard.Line;
import fi.kykyverkko.kernel.module.HomeCard.Section;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.events.EventSummary;
import fi.kykyverkko.networks.groups.GroupSummary;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.ui.CatalogueView;
import fi.kykyverkko.networks.ui.EventsView;
import fi.kykyverkko.networks.ui.GroupView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The networks module's front-page cards for one person, from what {@link NetworkHome} read: what waits for them
 * (their open tasks, minutes of their meetings still to write, quiet groups, entries to review), what is coming
 * (their groups' next meetings, the region's events) and what changed lately in their groups. No data access here,
 * so the rules are tested without a database.
 */
final class NetworkCards {

    /** How far ahead "coming" looks, and how far back "changed" does. */
    static final int DAYS_AHEAD = 60;
    static final int DAYS_BACK = 14;
    /** A card lists this many items at most; the view of the module has the rest. */
    static final int MAX_LINES = 5;
    /** Rows the demo loader and the nightly jobs wrote: not a change anyone made. */
    static final String SYSTEM = "system";

    /**
     * What the cards are made of.
     *
     * @param groups      every group of the region with its activity ({@code Groups.overview})
     * @param meetings    the meetings of the person's own groups, by group id
     * @param tasks       the tasks of the person's own groups, by group id
     * @param openTasks   the open tasks the person owns
     * @param events      the region's events from today on, with their figures
     * @param registered  ids of the events the person has registered for
     * @param toReview    catalogue entries the person should review
     * @param names       display names by portal username, for who changed what
     */
    record Snapshot(String username, Instant now, List<GroupSummary> groups, Map<Long, List<Meeting>> meetings,
                    Map<Long, List<GroupTask>> tasks, List<GroupTask> openTasks, List<EventSummary> events, Set<Long> registered,
                    List<CatalogueService> toReview, Map<String, String> names) {
    }

    private final Snapshot s;
    private final Locale language;
    private final LocalDate today;

    NetworkCards(Snapshot snapshot, Locale language) {
        this.s = snapshot;
        this.language = language;
        this.today = PortalTime.date(snapshot.now());
    }

    /** The groups the person convenes or is a member of. */
    static boolean takesPart(NetworkGroup group, String username) {
        return group.isConvenedBy(username) || group.getMembers().stream().anyMatch(p -> username.equals(p.getUsername()));
    }

    List<HomeCard> all() {
        List<HomeCard> cards = new ArrayList<>();
        tasks().ifPresent(cards::add);
        minutes().ifPresent(cards::add);
        quiet().ifPresent(cards::add);
        review().ifPresent(cards::add);
        meetings().ifPresent(cards::add);
        events().ifPresent(cards::add);
        changes().ifPresent(cards::add);
        return cards;
    }

    // ---- waits ----

    java.util.Optional<HomeCard> tasks() {
        if (s.openTasks().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Line> lines = s.openTasks().stream()
                .sorted(Comparator.comparing(GroupTask::getDueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> Line.link(GroupView.class, String.valueOf(t.getGroupId()),
                        t.isOverdue(today) ? "networks.home.task-line-late" : "networks.home.task-line", t.getTitle(),
                        t.getDueOn() == null ? "–" : PortalTime.date(t.getDueOn(), language)))
                .toList();
        return java.util.Optional.of(new HomeCard("networks.home.tasks-title", s.openTasks().stream().anyMatch(t -> t.isOverdue(today)),
                lines, Section.WAITS));
    }

    /** Meetings of groups the person convenes that took place but have no minutes: the network's memory. */
    java.util.Optional<HomeCard> minutes() {
        List<Line> lines = new ArrayList<>();
        for (GroupSummary g : s.groups()) {
            if (!g.group().isConvenedBy(s.username())) {
                continue;
            }
            for (Meeting m : s.meetings().getOrDefault(g.group().getId(), List.of())) {
                boolean happened = m.getStatus() != MeetingStatus.CANCELLED && m.getStartsAt() != null && m.getStartsAt().isBefore(s.now())
                        && m.getStartsAt().isAfter(s.now().minus(Duration.ofDays(DAYS_AHEAD)));
                if (happened && m.getMinutes() == null) {
                    lines.add(Line.link(GroupView.class, String.valueOf(g.group().getId()), "networks.home.minutes-line",
                            g.group().getName(), PortalTime.date(PortalTime.date(m.getStartsAt()), language)));
                }
            }
        }
        return card("networks.home.minutes-title", true, lines, Section.WAITS);
    }

    /** Quiet groups for everyone in the region (networks faded when nobody noticed); the convener is asked to act. */
    java.util.Optional<HomeCard> quiet() {
        List<Line> lines = s.groups().stream().filter(g -> g.activity().quiet())
                .map(g -> Line.link(GroupView.class, String.valueOf(g.group().getId()),
                        g.group().isConvenedBy(s.username()) ? "networks.home.quiet-group-yours" : "networks.home.quiet-group",
                        g.group().getName(), g.activity().lastHeld() == null ? "–" : PortalTime.date(g.activity().lastHeld(), language)))
                .toList();
        return card("networks.home.quiet-title", true, lines, Section.WAITS);
    }

    java.util.Optional<HomeCard> review() {
        List<Line> lines = s.toReview().stream().limit(10)
                .map(c -> Line.link(CatalogueView.class, null, "networks.home.review-line", c.getNameFi(),
                        PortalTime.date(c.getLastReviewed(), language)))
                .toList();
        return card("networks.home.review-title", true, lines, Section.WAITS);
    }

    // ---- coming ----

    /** The next meetings of the person's groups, soonest first. */
    java.util.Optional<HomeCard> meetings() {
        record Next(NetworkGroup group, Meeting meeting) {
        }
        Instant horizon = s.now().plus(Duration.ofDays(DAYS_AHEAD));
        List<Line> lines = s.groups().stream().map(GroupSummary::group)
                .flatMap(g -> s.meetings().getOrDefault(g.getId(), List.of()).stream().map(m -> new Next(g, m)))
                .filter(n -> n.meeting().getStatus() == MeetingStatus.PLANNED && n.meeting().getStartsAt() != null
                        && !n.meeting().getStartsAt().isBefore(s.now()) && n.meeting().getStartsAt().isBefore(horizon))
                .sorted(Comparator.comparing(n -> n.meeting().getStartsAt()))
                .limit(MAX_LINES)
                .map(n -> Line.link(GroupView.class, String.valueOf(n.group().getId()),
                        n.meeting().getPlace() == null ? "networks.home.meeting-line" : "networks.home.meeting-line-place",
                        n.group().getName(), when(n.meeting().getStartsAt()), Objects.requireNonNullElse(n.meeting().getPlace(), "")))
                .toList();
        return card("networks.home.meetings-title", false, lines, Section.COMING);
    }

    /** The region's next events, soonest first, saying where the person has registered and where they still can. */
    java.util.Optional<HomeCard> events() {
        Instant horizon = s.now().plus(Duration.ofDays(DAYS_AHEAD));
        List<Line> lines = s.events().stream().map(EventSummary::event)
                .filter(e -> e.getStartsAt() != null && !e.getStartsAt().isBefore(s.now()) && e.getStartsAt().isBefore(horizon))
                .sorted(Comparator.comparing(e -> e.getStartsAt()))
                .limit(MAX_LINES)
                .map(e -> Line.link(EventsView.class, null,
                        s.registered().contains(e.getId()) ? "networks.home.event-line-registered"
                                : e.isRegistrationOpen() ? "networks.home.event-line-open" : "networks.home.event-line",
                        e.getTitle(), when(e.getStartsAt())))
                .toList();
        return card("networks.home.events-title", false, lines, Section.COMING);
    }

    // ---- changed ----

    /**
     * What happened lately in the person's groups, newest first: minutes written for a meeting of the last two
     * weeks, and meetings and tasks someone else changed. The person's own edits and the system's are left out.
     */
    java.util.Optional<HomeCard> changes() {
        record Change(Instant at, Line line) {
        }
        Instant since = s.now().minus(Duration.ofDays(DAYS_BACK));
        List<Change> changes = new ArrayList<>();
        for (GroupSummary summary : s.groups()) {
            NetworkGroup g = summary.group();
            String groupId = String.valueOf(g.getId());
            for (Meeting m : s.meetings().getOrDefault(g.getId(), List.of())) {
                Instant start = m.getStartsAt();
                if (m.getMinutes() != null && m.getStatus() != MeetingStatus.CANCELLED && start != null
                        && start.isBefore(s.now()) && start.isAfter(since)) {
                    changes.add(new Change(start, Line.link(GroupView.class, groupId, "networks.home.change-minutes", g.getName(),
                            PortalTime.date(PortalTime.date(start), language))));
                } else if (byOthers(m.getUpdatedBy(), m.getUpdatedAt(), since) && start != null && start.isAfter(s.now())) {
                    changes.add(new Change(m.getUpdatedAt(), Line.link(GroupView.class, groupId,
                            m.getStatus() == MeetingStatus.CANCELLED ? "networks.home.change-cancelled" : "networks.home.change-meeting",
                            g.getName(), when(start), who(m.getUpdatedBy()))));
                }
            }
            for (GroupTask t : s.tasks().getOrDefault(g.getId(), List.of())) {
                if (byOthers(t.getUpdatedBy(), t.getUpdatedAt(), since)) {
                    changes.add(new Change(t.getUpdatedAt(), Line.link(GroupView.class, groupId, "networks.home.change-task",
                            g.getName(), t.getTitle(), who(t.getUpdatedBy()))));
                }
            }
        }
        List<Line> lines = changes.stream().sorted(Comparator.comparing(Change::at).reversed()).limit(MAX_LINES).map(Change::line).toList();
        return card("networks.home.changes-title", false, lines, Section.CHANGED);
    }

    private boolean byOthers(String by, Instant at, Instant since) {
        return by != null && at != null && at.isAfter(since) && !by.equals(s.username()) && !by.equals(SYSTEM);
    }

    private String who(String username) {
        return s.names().getOrDefault(username, username);
    }

    /** "ti 15.12.2026 klo 13.00": the weekday too, as people plan their week by it. */
    private String when(Instant at) {
        return PortalTime.date(at).getDayOfWeek().getDisplayName(TextStyle.SHORT_STANDALONE, language) + " "
                + PortalTime.dateTime(at, language);
    }

    private static java.util.Optional<HomeCard> card(String titleKey, boolean attention, List<Line> lines, Section section) {
        return lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new HomeCard(titleKey, attention, lines, section));
    }
}
