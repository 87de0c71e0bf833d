package fi.kykyverkko.networks.events;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Events for the network's professionals: planning, registration, attendance and counts per period. */
@ApplicationScoped
public class Events {

    @Inject
    TenantData data;

    private TenantStore<NetworkEvent> store;

    @PostConstruct
    void init() {
        store = new TenantStore<>(data, NetworkEvent.class);
    }

    /** Events starting in [{@code from}, {@code until}), newest first, with their figures. */
    public List<EventSummary> between(TenantId tenant, LocalDate from, LocalDate until) {
        Instant start = PortalTime.startOf(from);
        Instant end = PortalTime.startOf(until);
        return data.call(tenant, em -> {
            List<NetworkEvent> found = em.createQuery(
                            "SELECT e FROM NetworkEvent e WHERE e.span.startsAt >= :from AND e.span.startsAt < :until ORDER BY e.span.startsAt DESC", NetworkEvent.class)
                    .setParameter("from", start).setParameter("until", end).getResultList();
            Map<Long, long[]> figures = new HashMap<>();
            if (!found.isEmpty()) {
                // registrations of this period's events only
                em.createQuery("SELECT r.eventId, COUNT(r), SUM(CASE WHEN r.attended = TRUE THEN 1 ELSE 0 END) FROM EventRegistration r"
                                + " WHERE r.eventId IN :events GROUP BY r.eventId", Object[].class)
                        .setParameter("events", found.stream().map(NetworkEvent::getId).toList())
                        .getResultList().forEach(row -> figures.put((Long) row[0],
                                new long[] {((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()}));
            }
            return found.stream().map(e -> {
                long[] f = figures.getOrDefault(e.getId(), new long[2]);
                return new EventSummary(e, f[0], f[1]);
            }).toList();
        });
    }

    public Optional<NetworkEvent> find(TenantId tenant, long id) {
        return store.find(tenant, id);
    }

    public Optional<NetworkEvent> byCode(TenantId tenant, String code) {
        return store.byCode(tenant, code);
    }

    public NetworkEvent save(TenantId tenant, PortalUser actor, NetworkEvent event) {
        NetworkAccess.require(NetworkAccess.canEditEvents(actor, tenant));
        return store.save(tenant, actor.username(), event);
    }

    public List<EventRegistration> registrations(TenantId tenant, long eventId) {
        return data.call(tenant, em -> em.createQuery("SELECT r FROM EventRegistration r WHERE r.eventId = :e ORDER BY r.registeredAt", EventRegistration.class)
                .setParameter("e", eventId).getResultList());
    }

    /** The registration of the account {@code username} for the event, if they have one. */
    public Optional<EventRegistration> registrationOf(TenantId tenant, long eventId, String username) {
        return data.call(tenant, em -> em.createQuery("SELECT r FROM EventRegistration r WHERE r.eventId = :e AND r.username = :u", EventRegistration.class)
                .setParameter("e", eventId).setParameter("u", username).getResultStream().findFirst());
    }

    /** The events the account {@code username} has registered for. */
    public Set<Long> registeredEventIds(TenantId tenant, String username) {
        return Set.copyOf(data.call(tenant, em -> em.createQuery("SELECT r.eventId FROM EventRegistration r WHERE r.username = :u", Long.class)
                .setParameter("u", username).getResultList()));
    }

    /**
     * Registers the signed-in person (the registration names their account); refused when they have registered
     * already, registration is closed, the event has begun or it is full. The event row is locked, so two people
     * taking the last seat at once cannot both get it, nor one person's two clicks make two registrations (and the
     * table's unique key holds the rule even so).
     */
    public EventRegistration register(TenantId tenant, PortalUser actor, EventRegistration registration) {
        NetworkAccess.require(NetworkAccess.canRead(actor, tenant) && registration.isBy(actor.username()));
        return data.call(tenant, em -> {
            NetworkEvent event = em.find(NetworkEvent.class, registration.getEventId(), LockModeType.PESSIMISTIC_WRITE);
            if (event == null) {
                throw new IllegalArgumentException("no such event");
            }
            List<EventRegistration> registered = em.createQuery("SELECT r FROM EventRegistration r WHERE r.eventId = :e", EventRegistration.class)
                    .setParameter("e", event.getId()).getResultList();
            em.persist(event.register(registration, registered, Instant.now()));
            return registration;
        });
    }

    /** Cancels the signed-in person's own registration, until the event begins; refused after that. */
    public void cancelRegistration(TenantId tenant, PortalUser actor, long eventId) {
        NetworkAccess.require(NetworkAccess.canRead(actor, tenant));
        data.run(tenant, em -> {
            NetworkEvent event = em.find(NetworkEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
            if (event == null) {
                throw new IllegalArgumentException("no such event");
            }
            if (!event.canCancelRegistration(Instant.now())) {
                Problems.refuse("name", "networks.validation.event-started");
            }
            em.createQuery("DELETE FROM EventRegistration r WHERE r.eventId = :e AND r.username = :u")
                    .setParameter("e", eventId).setParameter("u", actor.username()).executeUpdate();
        });
    }

    public void setAttended(TenantId tenant, PortalUser actor, long registrationId, boolean attended) {
        NetworkAccess.require(NetworkAccess.canEditEvents(actor, tenant));
        data.run(tenant, em -> em.find(EventRegistration.class, registrationId).setAttended(attended));
    }

    /**
     * Per month of [{@code from}, {@code until}): every event starting in it, those held so far and their
     * participants; months without events count 0 (see {@link MonthCount#of}).
     */
    public List<MonthCount> perMonth(TenantId tenant, LocalDate from, LocalDate until) {
        return MonthCount.of(between(tenant, from, until), from, until, Instant.now());
    }
}
