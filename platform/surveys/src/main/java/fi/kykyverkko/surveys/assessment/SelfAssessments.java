package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.clients.clients.ClientLanguage;
import fi.kykyverkko.clients.consent.ClientGate;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.links.IssuedLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.mail.Mail;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Self-assessment with repeated measurement: the region's schedule, the measurements it plans for each clienthood
 * episode, the client's personal link to answer one, the answer store, the responsible person's list of what is due
 * and the change per service.
 *
 * <p><b>Planning is lazy, on read.</b> The clients module fires no event when an episode starts or ends, and adding
 * one would change that module; so whenever measurements of an episode are read (its page, the due list, the
 * client's link page), the episode's schedule is applied first: missing measurements are created, unanswered ones
 * follow a moved day, an end point appears once the episode has ended. Applying it twice adds nothing (unique
 * episode × point × instrument). A planned measurement the schedule no longer asks for (the six-month point of an
 * episode that ended at four months) is removed while it has neither an answer nor a link; one with either stays.
 * Counting change reads answered measurements only, which exist by then.
 *
 * <p>Client data is read as the clients module reads it: through {@link ClientGate} (category
 * {@link DataCategory#MEASUREMENTS}) and with one {@link ClientAudit} entry per read or change. A reader the gate does
 * not let see a client's measurements gets none, as if there were none.
 */
@ApplicationScoped
@Transactional
public class SelfAssessments {

    /** How long a link to answer stays valid. */
    public static final Duration LINK_LIFETIME = Duration.ofDays(30);
    /** Ended episodes stay on the due list this long after their end (their end measurement is due then). */
    static final int ENDED_VISIBLE_DAYS = 60;
    /** Who edits the schedule. */
    public static final Set<String> SCHEDULE_EDITORS = Set.of(Roles.MANAGER, Roles.TENANT_ADMIN);
    /** The kernel's invitation template (name, what, region, link, until): kernel mail templates are read from the kernel alone. */
    static final String MAIL_TEMPLATE = "survey-invitation";

    @Inject
    TenantData data;

    @Inject
    ClientGate gate;

    @Inject
    ClientAudit audit;

    @Inject
    InstrumentLibrary library;

    @Inject
    PersonalLinks links;

    @Inject
    Mail mail;

    @Inject
    People people;

    @Inject
    TenantRegistry registry;

    // ---- the schedule ----

    /** The schedule of episodes in {@code serviceCode}: its own rows, else the region's, else the default. */
    public Schedule schedule(TenantId tenant, String serviceCode) {
        return data.call(tenant, em -> schedule(em, serviceCode));
    }

    /** The stored region-wide rows (empty: the default applies) and every service's own. */
    public Map<String, List<SchedulePoint>> storedSchedules(TenantId tenant) {
        return data.call(tenant, em -> {
            Map<String, List<SchedulePoint>> stored = new java.util.TreeMap<>();
            for (ScheduleEntry e : entries(em)) {
                stored.computeIfAbsent(e.getServiceCode() == null ? "" : e.getServiceCode(), k -> new ArrayList<>()).add(e.point());
            }
            return stored;
        });
    }

    /**
     * Replaces the schedule of {@code serviceCode} (null: the region-wide one) with {@code points}; none removes it,
     * so the region's (or the default) applies again. The region's managers and admins only. Measurements already
     * planned stay; unanswered ones follow a changed day the next time they are read.
     */
    public void setSchedule(TenantId tenant, PortalUser editor, String serviceCode, List<SchedulePoint> points) {
        if (!editor.hasAnyRole(tenant, SCHEDULE_EDITORS)) {
            throw new SecurityException(editor.username() + " may not change the measurement schedule of " + tenant);
        }
        Schedule checked = new Schedule(points); // refuses a point twice
        String service = fi.kykyverkko.kernel.domain.Problems.clean(serviceCode);
        data.run(tenant, em -> {
            for (ScheduleEntry old : entries(em)) {
                if (java.util.Objects.equals(old.getServiceCode(), service)) {
                    em.remove(old);
                }
            }
            em.flush();
            int position = 0;
            for (SchedulePoint p : checked.points()) {
                TenantStore.write(em, editor.username(), new ScheduleEntry(service, p, position++));
            }
        });
    }

    private static List<ScheduleEntry> entries(EntityManager em) {
        return em.createQuery("SELECT e FROM ScheduleEntry e ORDER BY e.position, e.id", ScheduleEntry.class).getResultList();
    }

    static Schedule schedule(EntityManager em, String serviceCode) {
        List<ScheduleEntry> all = entries(em);
        List<SchedulePoint> own = all.stream().filter(e -> serviceCode != null && serviceCode.equals(e.getServiceCode()))
                .map(ScheduleEntry::point).toList();
        if (!own.isEmpty()) {
            return new Schedule(own);
        }
        List<SchedulePoint> regional = all.stream().filter(e -> e.getServiceCode() == null).map(ScheduleEntry::point).toList();
        return regional.isEmpty() ? Schedule.DEFAULT : new Schedule(regional);
    }

    // ---- planning ----

    /** Applies the schedule to one episode: creates what is missing, moves unanswered days. Returns its measurements. */
    static List<Measurement> plan(EntityManager em, Episode episode, Instant now) {
        ClientService service = em.find(ClientService.class, episode.getServiceId());
        Schedule schedule = schedule(em, service == null ? null : service.getCode());
        List<Measurement> existing = measurementsOf(em, episode.getId());
        List<Measurement> all = new ArrayList<>(existing);
        List<Schedule.Planned> plan = schedule.plannedFor(episode.getStartedOn(), episode.getEndedOn());
        for (Measurement m : existing) {
            boolean asked = plan.stream().anyMatch(p -> p.pointCode().equals(m.getPointCode()) && p.instrumentCode().equals(m.getInstrumentCode()));
            if (!asked && !m.isAnswered() && m.getLinkId().isEmpty()) {
                em.remove(m); // e.g. the six-month point of an episode that ended before it: its end point asks instead
                all.remove(m);
            }
        }
        for (Schedule.Planned planned : plan) {
            Optional<Measurement> there = existing.stream().filter(m -> m.getPointCode().equals(planned.pointCode())
                    && m.getInstrumentCode().equals(planned.instrumentCode())).findFirst();
            if (there.isPresent()) {
                if (!there.get().getDueOn().equals(planned.dueOn()) && !there.get().isAnswered()) {
                    there.get().reschedule(planned.dueOn());
                    TenantStore.write(em, "system", there.get());
                }
            } else {
                all.add(TenantStore.write(em, "system", new Measurement(episode.getId(), episode.getClientId(),
                        episode.getServiceId(), planned, now)));
            }
        }
        em.flush(); // the new rows' ids, which the callers hand on
        all.sort(ORDER);
        return all;
    }

    static final Comparator<Measurement> ORDER = Comparator.comparing(Measurement::getDueOn)
            .thenComparingInt(Measurement::getPointPosition).thenComparing(Measurement::getInstrumentCode);

    private static List<Measurement> measurementsOf(EntityManager em, long episodeId) {
        return em.createQuery("SELECT m FROM Measurement m WHERE m.episodeId = :episode", Measurement.class)
                .setParameter("episode", episodeId).getResultList();
    }

    // ---- staff reads ----

    /**
     * The measurements of an episode, planned up to date, in order; none when the reader may not see the client's
     * measurements (or there is no such episode). Audited as one read of the client's measurements.
     */
    public List<Measurement> measurementsOf(TenantId tenant, Access access, long episodeId) {
        Optional<Episode> episode = data.call(tenant, em -> Optional.ofNullable(em.find(Episode.class, episodeId)));
        if (episode.isEmpty() || !gate.sees(tenant, access, episode.get().getClientId(), DataCategory.MEASUREMENTS)) {
            return List.of();
        }
        List<Measurement> found = data.call(tenant, em -> plan(em, em.find(Episode.class, episodeId), Instant.now()));
        audit.record(tenant, access, episode.get().getClientId(), AuditAction.READ, DataCategory.MEASUREMENTS);
        return found;
    }

    /**
     * The responsible person's list: unanswered measurements due or overdue in the episodes they are responsible
     * for (open, or ended in the last {@value #ENDED_VISIBLE_DAYS} days), overdue first. The region's team only; one
     * audit entry per client listed.
     */
    public List<DueMeasurement> dueFor(TenantId tenant, Access access) {
        if (!ClientRoles.isTeam(access.user(), tenant)) {
            throw new SecurityException("the due list is for the region's team");
        }
        Optional<Person> me = people.forUser(tenant, access.user().username());
        if (me.isEmpty()) {
            return List.of();
        }
        LocalDate today = PortalTime.today();
        List<DueMeasurement> due = data.call(tenant, em -> {
            List<Episode> episodes = em.createQuery("SELECT e FROM Episode e WHERE e.responsiblePersonId = :person"
                            + " AND (e.endedOn IS NULL OR e.endedOn >= :since)", Episode.class)
                    .setParameter("person", me.get().getId()).setParameter("since", today.minusDays(ENDED_VISIBLE_DAYS)).getResultList();
            List<DueMeasurement> rows = new ArrayList<>();
            Map<Long, String> names = new HashMap<>();
            for (Episode e : episodes) {
                for (Measurement m : plan(em, e, Instant.now())) {
                    MeasurementState state = m.state(today);
                    if (state == MeasurementState.DUE || state == MeasurementState.OVERDUE) {
                        String name = names.computeIfAbsent(e.getClientId(),
                                id -> Optional.ofNullable(em.find(Client.class, id)).map(Client::displayName).orElse("?"));
                        rows.add(new DueMeasurement(m.getId(), e.getId(), e.getClientId(), name, e.getServiceId(), m.getPointCode(),
                                m.getInstrumentCode(), m.getDueOn(), state, m.getLinkId().isPresent()));
                    }
                }
            }
            rows.sort(Comparator.comparing((DueMeasurement r) -> r.state() != MeasurementState.OVERDUE)
                    .thenComparing(DueMeasurement::dueOn).thenComparing(DueMeasurement::clientName));
            return rows;
        });
        due.stream().map(DueMeasurement::clientId).distinct()
                .forEach(client -> audit.record(tenant, access, client, AuditAction.READ, DataCategory.MEASUREMENTS));
        return due;
    }

    // ---- the client's link ----

    /**
     * Issues the personal link to answer a measurement (purpose {@value Measurement#LINK_PURPOSE}, reusable until
     * submitted, {@link #LINK_LIFETIME}), with the library's latest version of its instrument; a link issued before
     * is revoked. When {@code linkBase} (the portal's address, e.g. {@code https://portal.example/kykyverkko}) is
     * given and the client has an e-mail address, the link is also queued as the kernel's {@value #MAIL_TEMPLATE}
     * mail in the client's language. The region's team only.
     */
    public IssuedMeasurementLink issueLink(TenantId tenant, Access access, long measurementId, String linkBase) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        Measurement measurement = data.call(tenant, em -> Optional.ofNullable(em.find(Measurement.class, measurementId))
                .orElseThrow(() -> new IllegalArgumentException("no measurement " + measurementId + " in " + tenant)));
        if (measurement.isAnswered()) {
            fi.kykyverkko.kernel.domain.Problems.refuse("measurement", "assessment.measurement.answered");
        }
        InstrumentVersion version = library.latest(tenant, access.user(), measurement.getInstrumentCode())
                .orElseThrow(() -> new IllegalStateException("no instrument " + measurement.getInstrumentCode() + " in " + tenant));
        measurement.getLinkId().ifPresent(old -> links.revoke(tenant, old, access.user().username()));
        IssuedLink link = links.issue(tenant, Measurement.LINK_PURPOSE, measurement.linkSubject(), LINK_LIFETIME,
                UseMode.REUSABLE_UNTIL_SUBMITTED, true, access.user().username());
        data.run(tenant, em -> {
            Measurement m = em.find(Measurement.class, measurementId, LockModeType.PESSIMISTIC_WRITE);
            m.linkIssued(link.id(), version.getNumber(), Instant.now(), link.expiresAt());
            TenantStore.write(em, access.user().username(), m);
        });
        audit.record(tenant, access, measurement.getClientId(), AuditAction.UPDATE, DataCategory.MEASUREMENTS);
        String path = links.path(tenant, link.token());
        boolean mailed = false;
        if (linkBase != null && !linkBase.isBlank()) {
            Optional<Client> client = data.call(tenant, em -> Optional.ofNullable(em.find(Client.class, measurement.getClientId())));
            audit.record(tenant, access, measurement.getClientId(), AuditAction.READ, DataCategory.IDENTITY_CONTACT);
            if (client.isPresent() && client.get().getEmail() != null) {
                String language = client.get().getLanguage() == ClientLanguage.SV ? "sv" : "fi";
                String name = client.get().getFirstName() == null ? client.get().displayName() : client.get().getFirstName();
                String url = linkBase.replaceAll("/+$", "") + path;
                mail.sendFor(access.user().username(), tenant, client.get().getEmail(), MAIL_TEMPLATE, language, name,
                        version.definition().name().in(language), registry.require(tenant).names().in(Locale.forLanguageTag(language)),
                        url, PortalTime.date(PortalTime.date(link.expiresAt()), Locale.forLanguageTag(language)));
                mailed = true;
            }
        }
        return new IssuedMeasurementLink(measurementId, link, path, mailed);
    }

    /** What the client's link page shows: the measurement to answer, its definition, and the episode's measurements. */
    public record LinkPage(Measurement measurement, InstrumentDefinition definition, List<Measurement> episode) {
    }

    /**
     * The measurement a personal link (already resolved by the public page: live, this region) is for, with the
     * definition to answer and the episode's other measurements for the client's own change chart. Empty when the
     * link is for nothing of this module's. The client reads their own data: no staff audit entry.
     */
    public Optional<LinkPage> forLink(TenantId tenant, long linkId) {
        return data.call(tenant, em -> byLink(em, linkId, false).map(m -> {
            InstrumentDefinition definition = definitionOf(em, m);
            List<Measurement> all = measurementsOf(em, m.getEpisodeId());
            all.sort(ORDER);
            return new LinkPage(m, definition, all);
        }));
    }

    /**
     * What the link page shows again after a retried post: the link of {@code token} (the secret from the path, so
     * only its holder asks) was submitted and its measurement is answered; empty otherwise (unknown, revoked or expired
     * without an answer: the calm "not valid" page). The submitted link no longer resolves through the kernel, so
     * its row is found by the token's hash here.
     */
    public Optional<LinkPage> answeredThrough(TenantId tenant, String token) {
        if (!fi.kykyverkko.kernel.links.LinkTokens.isTokenShaped(token)) {
            return Optional.empty();
        }
        String hash = fi.kykyverkko.kernel.links.LinkTokens.hash(token);
        Optional<Long> linkId = data.call(tenant, em -> em.createQuery("SELECT l.id FROM PersonalLink l WHERE l.tokenHash = :hash"
                        + " AND l.purpose = :purpose AND l.submittedAt IS NOT NULL", Long.class)
                .setParameter("hash", hash).setParameter("purpose", Measurement.LINK_PURPOSE).getResultStream().findFirst());
        return linkId.flatMap(id -> forLink(tenant, id)).filter(page -> page.measurement().isAnswered());
    }

    /**
     * Stores the client's answers to the measurement of {@code linkId}: checked and scored with the instrument
     * version the link was issued with, stored with its scores in one transaction together with freezing that
     * version in the library and marking the link submitted. Idempotent: when the measurement is answered already
     * (a double submit, a retry after a lost answer) nothing changes and the stored scores are returned, marked as a
     * repeat. Refused with every problem ({@code InvalidInputException}) when the answers do not fit the definition.
     */
    public RecordedAnswer recordAnswer(TenantId tenant, long linkId, AnswerSet answers) {
        RecordedAnswer recorded = data.call(tenant, em -> {
            Measurement m = byLink(em, linkId, true)
                    .orElseThrow(() -> new IllegalArgumentException("no measurement for link " + linkId + " in " + tenant));
            if (m.isAnswered()) {
                return new RecordedAnswer(m.getId(), m.getScores(), true);
            }
            List<StoredScore> scores = m.answer(definitionOf(em, m), answers, Instant.now());
            TenantStore.write(em, "link:" + linkId, m);
            return new RecordedAnswer(m.getId(), scores, false);
        });
        if (!recorded.repeated()) {
            Measurement m = data.call(tenant, em -> em.find(Measurement.class, recorded.measurementId()));
            library.markAnswered(tenant, m.getInstrumentCode(), m.getInstrumentVersion().orElseThrow());
        }
        links.markSubmitted(tenant, linkId);
        return recorded;
    }

    private static Optional<Measurement> byLink(EntityManager em, long linkId, boolean lock) {
        var query = em.createQuery("SELECT m FROM Measurement m WHERE m.linkId = :link", Measurement.class).setParameter("link", linkId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private static InstrumentDefinition definitionOf(EntityManager em, Measurement m) {
        int number = m.getInstrumentVersion().orElseThrow(() -> new IllegalStateException("measurement " + m.getId() + " has no link yet"));
        return em.createQuery("SELECT v FROM InstrumentVersion v WHERE v.code = :code AND v.number = :number", InstrumentVersion.class)
                .setParameter("code", m.getInstrumentCode()).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no instrument " + m.getInstrumentCode() + " " + number)).definition();
    }

    // ---- change per service ----

    /**
     * The change of one score per service ({@link ChangeCount}): counts only, no client's data is shown, so no audit
     * entry. The region's team only.
     */
    public List<ChangeCount> changeByService(TenantId tenant, PortalUser reader, String instrumentCode, String scoreCode) {
        if (!ClientRoles.isTeam(reader, tenant)) {
            throw new SecurityException("the change per service is for the region's team");
        }
        List<Observation> observations = data.call(tenant, em -> em.createQuery(
                        "SELECT m FROM Measurement m WHERE m.instrumentCode = :code AND m.answeredAt IS NOT NULL", Measurement.class)
                .setParameter("code", instrumentCode).getResultList().stream()
                .flatMap(m -> m.score(scoreCode).flatMap(StoredScore::valueIfAny).stream()
                        .map(v -> new Observation(m.getClientId(), m.getServiceId(), m.getAnsweredAt().orElseThrow(), v)))
                .toList());
        return ChangeCount.perService(observations, instrumentCode, scoreCode);
    }
}
