package fi.kykyverkko.networks.home;

import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeContext;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.events.EventSummary;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.groups.GroupSummary;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the networks module's front-page cards need, through the module's own services, for one person in
 * one region; {@link NetworkCards} makes the cards. A handful of queries per visit: the groups' overview, the
 * meetings and tasks of the person's own groups, the coming events and the people's names.
 */
@ApplicationScoped
public class NetworkHome {

    @Inject
    Groups groups;

    @Inject
    Events events;

    @Inject
    People people;

    @Inject
    Catalogue catalogue;

    public List<HomeCard> cards(HomeContext context) {
        if (!context.hasAnyRole(NetworkAccess.READERS.toArray(String[]::new))) {
            return List.of();
        }
        String username = context.user().username();
        List<GroupSummary> overview = groups.overview(context.tenant());
        Map<Long, List<fi.kykyverkko.networks.groups.Meeting>> meetings = new HashMap<>();
        Map<Long, List<fi.kykyverkko.networks.groups.GroupTask>> tasks = new HashMap<>();
        List<GroupSummary> own = overview.stream().filter(g -> NetworkCards.takesPart(g.group(), username)).toList();
        for (GroupSummary g : own) {
            meetings.put(g.group().getId(), groups.meetings(context.tenant(), g.group().getId()));
            tasks.put(g.group().getId(), groups.tasks(context.tenant(), g.group().getId()));
        }
        List<EventSummary> coming = events.between(context.tenant(), PortalTime.today(), PortalTime.today().plusDays(NetworkCards.DAYS_AHEAD + 1));
        List<Person> everyone = people.list(context.tenant());
        Map<String, String> names = new HashMap<>();
        everyone.stream().filter(p -> p.getUsername() != null).forEach(p -> names.put(p.getUsername(), p.getName()));
        // a registration names the account that made it (one per person), so one query answers for every event
        Set<Long> registered = new HashSet<>(events.registeredEventIds(context.tenant(), username));
        List<CatalogueService> toReview = context.hasAnyRole(Roles.NETWORK_MEMBER)
                ? catalogue.maintainedBy(context.tenant(), username).stream().filter(c -> c.needsReview(PortalTime.today())).toList()
                : context.hasAnyRole(Roles.TENANT_ADMIN) ? catalogue.needingReview(context.tenant()) : List.of();
        // the overview for quiet groups is region-wide; meetings, tasks and changes only of the person's own groups
        NetworkCards.Snapshot snapshot = new NetworkCards.Snapshot(username, Instant.now(), overview, meetings, tasks,
                groups.openTasksOf(context.tenant(), username), coming, registered, toReview, names);
        return new NetworkCards(snapshot, context.language()).all();
    }
}
