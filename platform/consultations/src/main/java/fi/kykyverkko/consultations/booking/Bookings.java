package fi.kykyverkko.consultations.booking;

import fi.kykyverkko.consultations.ConsultationRoles;
import fi.kykyverkko.consultations.release.ConsultationMail;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Booking anonymous cases: the text checked by every {@link CaseTextCheck} first (none wired: refused, so no text is
 * ever stored unchecked; a refused text is never stored), then, under the session row's lock (SELECT ... FOR UPDATE),
 * the deadline, who may book and the capacity, and the arrival number: concurrent bookings take their turns on the row,
 * so arrival order is the order of commit. Cancelling is the asker's own, until the deadline. Experts see the queue.
 */
@ApplicationScoped
public class Bookings {

    @Inject
    TenantData data;

    @Inject
    People people;

    @Inject
    ConsultationHours hours;

    @Inject
    ConsultationMail mail;

    /**
     * The text checks: the kernel's identity guard ({@link IdentityGuardCheck}) and any other. Required: without one,
     * booking is refused ({@code consultations.case.guard-missing}).
     */
    @Inject
    Instance<CaseTextCheck> textChecks;

    Clock clock = Clock.systemUTC();

    /** Every problem of the text: what is required, lengths, and what the guard found (never stored). */
    public Problems checkText(TenantId tenant, CaseText text) {
        Problems problems = new Problems();
        problems.required("question", blankToNull(text.question())).maxLength("question", text.question(), ConsultationCase.QUESTION_MAX)
                .required("reason", text.reason()).maxLength("description", text.description(), ConsultationCase.DESCRIPTION_MAX);
        if (textChecks.isUnsatisfied()) {
            return problems.add("question", "consultations.case.guard-missing");
        }
        List<CaseTextCheck.Finding> findings = new ArrayList<>();
        for (CaseTextCheck check : textChecks) {
            findings.addAll(check.check(tenant, "question", text.question() == null ? "" : text.question()));
            findings.addAll(check.check(tenant, "description", text.description() == null ? "" : text.description()));
        }
        findings.forEach(f -> problems.add(f.field(), f.key(), f.start(), f.end()));
        return problems;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Transactional
    public ConsultationCase book(TenantId tenant, PortalUser user, long sessionId, CaseText text) {
        ConsultationRoles.requireBooker(user, tenant);
        checkText(tenant, text).throwIfAny();
        Person person = people.forUser(tenant, user.username())
                .orElseThrow(() -> new InvalidInputException(new Problems().add("asker", "consultations.booking.no-person")));
        Asker asker = asker(user, person);
        ConsultationCase booked = data.call(tenant, em -> {
            ConsultationSession session = locked(em, sessionId);
            ConsultationSeries series = em.find(ConsultationSeries.class, session.getSeriesId());
            Instant now = clock.instant();
            if (!session.bookableAt(now)) {
                throw new InvalidInputException(new Problems().add("session", "consultations.booking.late"));
            }
            if (!series.isActive() || !series.mayBook(asker.profession(), asker.organisationCode())) {
                throw new InvalidInputException(new Problems().add("asker", "consultations.booking.not-allowed"));
            }
            ConsultationCase made = new ConsultationCase(sessionId, text, asker, now);
            made.arrive(session.book());
            TenantStore.write(em, user.username(), session);
            ConsultationCase stored = TenantStore.write(em, user.username(), made);
            mail.booked(tenant, em, series, session, stored, asker.email());
            return stored;
        });
        return booked;
    }

    /** The asker as counted: their network person's title (profession) and organisation. */
    public static Asker asker(PortalUser user, Person person) {
        String profession = person.getTitle() == null ? "-" : person.getTitle();
        return new Asker(user.username(), profession, person.getOrganisation() == null ? null : person.getOrganisation().getNameFi(),
                person.getOrganisation() == null ? null : person.getOrganisation().getCode(), person.getEmail());
    }

    /** The asker cancels their own case, before the session's deadline; its place is free again. */
    @Transactional
    public void cancel(TenantId tenant, PortalUser user, long caseId) {
        data.run(tenant, em -> {
            ConsultationCase booked = em.find(ConsultationCase.class, caseId);
            if (booked == null || !booked.getAskerUsername().equals(user.username())) {
                throw new SecurityException(user.username() + " may not cancel case " + caseId + " in " + tenant);
            }
            ConsultationSession session = locked(em, booked.getSessionId());
            if (!session.bookableAt(clock.instant())) {
                throw new InvalidInputException(new Problems().add("case", "consultations.cancel.late"));
            }
            booked.cancel(clock.instant());
            session.unbook();
            TenantStore.write(em, user.username(), booked);
            TenantStore.write(em, user.username(), session);
            String email = people.forUser(tenant, user.username()).map(Person::getEmail).orElse(null);
            mail.cancelled(tenant, em, em.find(ConsultationSeries.class, session.getSeriesId()), session, booked, email);
        });
    }

    /**
     * The session's cases not cancelled, in arrival order: for the series' organisers and its panel, before and in
     * the session.
     */
    public List<ConsultationCase> queue(TenantId tenant, PortalUser user, long sessionId) {
        ConsultationSession session = hours.session(tenant, user, sessionId)
                .orElseThrow(() -> new IllegalArgumentException("no consultation session " + sessionId));
        if (!mayReadQueue(tenant, user, session.getSeriesId())) {
            throw new SecurityException(user.username() + " may not read the queue of session " + sessionId + " in " + tenant);
        }
        return data.call(tenant, em -> queue(em, sessionId));
    }

    public boolean mayReadQueue(TenantId tenant, PortalUser user, long seriesId) {
        return ConsultationRoles.canOrganise(user, tenant) || hours.onPanel(tenant, user, seriesId);
    }

    public static List<ConsultationCase> queue(EntityManager em, long sessionId) {
        return em.createQuery("SELECT c FROM ConsultationCase c WHERE c.sessionId = :s AND c.cancelledAt IS NULL ORDER BY c.arrival",
                ConsultationCase.class).setParameter("s", sessionId).getResultList();
    }

    /**
     * Records what came of a case (organisers and the series' panel): the outcome, the catalogue service when referred
     * to one (it must exist in the region's catalogue), the follow-up and the handling time.
     */
    @Transactional
    public ConsultationCase conclude(TenantId tenant, PortalUser user, long caseId, Outcome outcome, Long serviceId, String followUp,
                                     Integer minutes) {
        return data.call(tenant, em -> {
            ConsultationCase c = em.find(ConsultationCase.class, caseId);
            if (c == null) {
                throw new IllegalArgumentException("no consultation case " + caseId);
            }
            ConsultationSession session = em.find(ConsultationSession.class, c.getSessionId());
            if (!mayReadQueue(tenant, user, session.getSeriesId())) {
                throw new SecurityException(user.username() + " may not record the outcome of case " + caseId + " in " + tenant);
            }
            if (c.isCancelled()) {
                throw new InvalidInputException(new Problems().add("case", "consultations.case.already-cancelled"));
            }
            if (serviceId != null && em.find(fi.kykyverkko.networks.catalogue.CatalogueService.class, serviceId) == null) {
                throw new InvalidInputException(new Problems().add("outcomeService", "consultations.case.unknown-service"));
            }
            c.conclude(outcome, serviceId, followUp, minutes);
            return TenantStore.write(em, user.username(), c);
        });
    }

    /** The asker's own cases, the newest session first. */
    public List<MyBooking> mine(TenantId tenant, PortalUser user) {
        ConsultationRoles.requireBooker(user, tenant);
        Instant now = clock.instant();
        return data.call(tenant, em -> {
            List<MyBooking> rows = new ArrayList<>();
            for (ConsultationCase c : em.createQuery("SELECT c FROM ConsultationCase c WHERE c.askerUsername = :u ORDER BY c.bookedAt DESC",
                    ConsultationCase.class).setParameter("u", user.username()).getResultList()) {
                ConsultationSession session = em.find(ConsultationSession.class, c.getSessionId());
                ConsultationSeries series = em.find(ConsultationSeries.class, session.getSeriesId());
                rows.add(new MyBooking(c, session, series.getTitle(), !c.isCancelled() && session.bookableAt(now)));
            }
            rows.sort((a, b) -> b.session().getStartsAt().compareTo(a.session().getStartsAt()));
            return rows;
        });
    }

    /** The session row, locked for the rest of the transaction: bookings and cancellations of one session take turns. */
    static ConsultationSession locked(EntityManager em, long sessionId) {
        ConsultationSession session = em.find(ConsultationSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new IllegalArgumentException("no consultation session " + sessionId);
        }
        return session;
    }
}
