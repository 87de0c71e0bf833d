package fi.kykyverkko.networks.ui;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.NetworksModule;
import fi.kykyverkko.networks.events.EventRegistration;
import fi.kykyverkko.networks.events.EventSummary;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.networks.groups.GroupActivity;
import fi.kykyverkko.networks.groups.GroupSummary;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.ShellTestKit;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The networks module's services over lists in memory, for view tests on {@link ShellTestKit}. Reading and storing
 * are faked; the rules are the real ones (the entities' own, {@link NetworkAccess}), so a view test sees the
 * refusals a person would.
 */
final class NetworksInMemory {

    static final AtomicLong IDS = new AtomicLong(1000);

    final EventsInMemory events = new EventsInMemory();
    final PeopleInMemory people = new PeopleInMemory();
    final GroupsInMemory groups = new GroupsInMemory();
    final OrganisationsInMemory organisations = new OrganisationsInMemory();

    /** The shell with the networks module and these services. */
    ShellTestKit kit() {
        NetworksModule module = new NetworksModule();
        fi.kykyverkko.networks.home.NetworkHome home = new fi.kykyverkko.networks.home.NetworkHome();
        set(home, "groups", groups);
        set(home, "events", events);
        set(home, "people", people);
        set(home, "catalogue", new NoCatalogue());
        set(module, "home", home);
        set(module, "events", events);
        return new ShellTestKit(module).bean(Events.class, events).bean(People.class, people).bean(Groups.class, groups)
                .bean(Organisations.class, organisations).bean(GroupForm.class, new GroupForm(groups, people, organisations));
    }

    /** Gives a new row its id, as the database would. */
    static <T> T stored(T row) {
        set(row, "id", IDS.incrementAndGet());
        return row;
    }

    static void set(Object target, String name, Object value) {
        ShellTestKit.inject(target, name, value);
    }

    static Organisation organisation(String code, String name) {
        Organisation o = new Organisation();
        o.setCode(code);
        o.setNameFi(name);
        return stored(o);
    }

    static Person person(String code, String name, String title, Organisation organisation, String email, String username) {
        Person p = new Person();
        p.setCode(code);
        p.setName(name);
        p.setTitle(title);
        p.setOrganisation(organisation);
        p.setEmail(email);
        p.setUsername(username);
        return stored(p);
    }

    static NetworkEvent event(String title, LocalDateTime startsInHelsinki, boolean registrationOpen, Integer capacity, Integer headCount) {
        NetworkEvent e = new NetworkEvent();
        e.setCode(fi.kykyverkko.kernel.domain.Codes.fromName(title));
        e.setTitle(title);
        e.setPlace("Rovaniemi, kaupungintalo");
        e.reschedule(PortalTime.instant(startsInHelsinki), PortalTime.instant(startsInHelsinki.plusHours(2)));
        e.setRegistrationOpen(registrationOpen);
        e.setCapacity(capacity);
        e.setParticipantCount(headCount);
        return stored(e);
    }

    static final class EventsInMemory extends Events {
        final List<NetworkEvent> all = new ArrayList<>();
        final List<EventRegistration> registrations = new ArrayList<>();

        @Override
        public List<EventSummary> between(TenantId tenant, LocalDate from, LocalDate until) {
            return all.stream().filter(e -> !e.getStartsAt().isBefore(PortalTime.startOf(from)) && e.getStartsAt().isBefore(PortalTime.startOf(until)))
                    .sorted(Comparator.comparing(NetworkEvent::getStartsAt).reversed())
                    .map(e -> new EventSummary(e, registrations(tenant, e.getId()).size(),
                            registrations(tenant, e.getId()).stream().filter(EventRegistration::isAttended).count()))
                    .toList();
        }

        @Override
        public Optional<NetworkEvent> find(TenantId tenant, long id) {
            return all.stream().filter(e -> e.getId() == id).findFirst();
        }

        @Override
        public NetworkEvent save(TenantId tenant, PortalUser actor, NetworkEvent event) {
            NetworkAccess.require(NetworkAccess.canEditEvents(actor, tenant));
            event.check().throwIfAny();
            if (event.getId() == null) {
                all.add(stored(event));
            }
            return event;
        }

        @Override
        public List<EventRegistration> registrations(TenantId tenant, long eventId) {
            return registrations.stream().filter(r -> r.getEventId() == eventId).toList();
        }

        @Override
        public Optional<EventRegistration> registrationOf(TenantId tenant, long eventId, String username) {
            return registrations(tenant, eventId).stream().filter(r -> r.isBy(username)).findFirst();
        }

        @Override
        public Set<Long> registeredEventIds(TenantId tenant, String username) {
            return registrations.stream().filter(r -> r.isBy(username)).map(EventRegistration::getEventId).collect(Collectors.toSet());
        }

        @Override
        public EventRegistration register(TenantId tenant, PortalUser actor, EventRegistration registration) {
            NetworkAccess.require(NetworkAccess.canRead(actor, tenant) && registration.isBy(actor.username()));
            NetworkEvent event = find(tenant, registration.getEventId()).orElseThrow();
            registrations.add(stored(event.register(registration, registrations(tenant, event.getId()), Instant.now())));
            return registration;
        }

        @Override
        public void cancelRegistration(TenantId tenant, PortalUser actor, long eventId) {
            NetworkAccess.require(NetworkAccess.canRead(actor, tenant));
            if (!find(tenant, eventId).orElseThrow().canCancelRegistration(Instant.now())) {
                fi.kykyverkko.kernel.domain.Problems.refuse("name", "networks.validation.event-started");
            }
            registrations.removeIf(r -> r.getEventId() == eventId && r.isBy(actor.username()));
        }

        @Override
        public void setAttended(TenantId tenant, PortalUser actor, long registrationId, boolean attended) {
            NetworkAccess.require(NetworkAccess.canEditEvents(actor, tenant));
            registrations.stream().filter(r -> r.getId() == registrationId).findFirst().orElseThrow().setAttended(attended);
        }
    }

    static final class PeopleInMemory extends People {
        final List<Person> all = new ArrayList<>();

        @Override
        public List<Person> list(TenantId tenant) {
            return fi.kykyverkko.kernel.domain.FinnishCollation.sort(all, Person::getName);
        }

        @Override
        public Optional<Person> find(TenantId tenant, long id) {
            return all.stream().filter(p -> p.getId() == id).findFirst();
        }

        @Override
        public Optional<Person> forUser(TenantId tenant, String username) {
            return all.stream().filter(p -> username.equals(p.getUsername())).findFirst();
        }

        @Override
        public Person save(TenantId tenant, PortalUser actor, Person person) {
            NetworkAccess.require(canEdit(actor, tenant, person));
            person.check().throwIfAny();
            if (person.getId() == null) {
                all.add(stored(person));
            }
            return person;
        }
    }

    static final class OrganisationsInMemory extends Organisations {
        final List<Organisation> all = new ArrayList<>();

        @Override
        public List<Organisation> list(TenantId tenant) {
            return List.copyOf(all);
        }
    }

    /** Groups with their meetings and tasks; the activity is worked out by the real {@link GroupActivity} rule. */
    static final class GroupsInMemory extends Groups {
        final List<NetworkGroup> all = new ArrayList<>();
        final List<Meeting> meetings = new ArrayList<>();
        final List<GroupTask> tasks = new ArrayList<>();

        @Override
        public List<GroupSummary> overview(TenantId tenant) {
            Instant now = Instant.now();
            LocalDate today = PortalTime.today();
            return all.stream().map(g -> {
                List<Meeting> held = meetings(tenant, g.getId()).stream()
                        .filter(m -> m.getStatus() != MeetingStatus.CANCELLED && !m.getStartsAt().isAfter(now)).toList();
                LocalDate last = held.stream().map(m -> PortalTime.date(m.getStartsAt())).max(LocalDate::compareTo).orElse(null);
                LocalDate next = meetings(tenant, g.getId()).stream().filter(m -> m.getStatus() == MeetingStatus.PLANNED && m.getStartsAt().isAfter(now))
                        .map(m -> PortalTime.date(m.getStartsAt())).min(LocalDate::compareTo).orElse(null);
                long open = tasks(tenant, g.getId()).stream().filter(t -> t.getStatus() != fi.kykyverkko.networks.groups.TaskStatus.DONE).count();
                return new GroupSummary(g, GroupActivity.of(g.getCadence(), g.getStartedOn(), last, next, today), open);
            }).toList();
        }

        @Override
        public Optional<NetworkGroup> find(TenantId tenant, long id) {
            return all.stream().filter(g -> g.getId() == id).findFirst();
        }

        @Override
        public List<GroupSummary> quiet(TenantId tenant) {
            return overview(tenant).stream().filter(s -> s.activity().quiet()).toList();
        }

        @Override
        public List<Meeting> meetings(TenantId tenant, long groupId) {
            return meetings.stream().filter(m -> m.getGroupId() == groupId).sorted(Comparator.comparing(Meeting::getStartsAt).reversed()).toList();
        }

        @Override
        public List<GroupTask> tasks(TenantId tenant, long groupId) {
            return tasks.stream().filter(t -> t.getGroupId() == groupId).toList();
        }

        @Override
        public List<GroupTask> openTasksOf(TenantId tenant, String username) {
            return List.of();
        }
    }

    /** The front page's review card reads the catalogue; these views have nothing to review. */
    static final class NoCatalogue extends fi.kykyverkko.networks.catalogue.Catalogue {
        @Override
        public List<fi.kykyverkko.networks.catalogue.CatalogueService> maintainedBy(TenantId tenant, String username) {
            return List.of();
        }

        @Override
        public List<fi.kykyverkko.networks.catalogue.CatalogueService> needingReview(TenantId tenant) {
            return List.of();
        }
    }
}
