package fi.kykyverkko.consultations.series;

import fi.kykyverkko.consultations.ConsultationRoles;
import fi.kykyverkko.consultations.calendar.DeadlineRule;
import fi.kykyverkko.consultations.calendar.FinnishCalendar;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A region's consultation hour series: made and changed by organisers ({@link ConsultationRoles#ORGANISERS}), their
 * expert panel (network people) and their sessions, generated from the rhythm on Finnish working days only (a
 * Thursday hour skips Ascension Day) or added one by one, each with its own booking deadline.
 */
@ApplicationScoped
public class ConsultationHours {

    /** At most this many days of sessions are generated at once. */
    public static final int GENERATE_MAX_DAYS = 400;

    @Inject
    TenantData data;

    public ConsultationSeries create(TenantId tenant, PortalUser organiser, SeriesDraft draft) {
        ConsultationRoles.requireOrganiser(organiser, tenant);
        ConsultationSeries series = new ConsultationSeries(organiser.username());
        apply(series, draft);
        return data.call(tenant, em -> TenantStore.write(em, organiser.username(), series));
    }

    /** Changes a series; sessions already made keep their deadline (they were announced with it). */
    public ConsultationSeries edit(TenantId tenant, PortalUser organiser, long seriesId, SeriesDraft draft) {
        ConsultationRoles.requireOrganiser(organiser, tenant);
        return data.call(tenant, em -> {
            ConsultationSeries series = require(em, seriesId);
            apply(series, draft);
            return TenantStore.write(em, organiser.username(), series);
        });
    }

    /** Every field of {@code draft} tried, every problem reported at once. */
    static void apply(ConsultationSeries series, SeriesDraft draft) {
        Problems problems = new Problems();
        series.setTitle(draft.title());
        series.setPurpose(draft.purpose());
        series.setGroundRules(draft.groundRules());
        series.setPlace(draft.place());
        series.setOnlineLink(draft.onlineLink());
        problems.attempt(() -> series.schedule(draft.recurrence(), draft.firstDate(), draft.startTime(), draft.endTime()));
        problems.attempt(() -> series.setCapacityPerHour(draft.capacityPerHour() == null ? 0 : draft.capacityPerHour()));
        problems.attempt(() -> series.setDeadlineRule(new DeadlineRule(
                draft.deadlineDaysBefore() == null ? DeadlineRule.DEFAULT.workingDaysBefore() : draft.deadlineDaysBefore(),
                draft.deadlineTime() == null ? DeadlineRule.DEFAULT.time() : draft.deadlineTime())));
        series.allowBooking(draft.allowedProfessions(), draft.allowedOrganisations());
        problems.withRulesOf(series).throwIfAny();
    }

    public List<ConsultationSeries> list(TenantId tenant, PortalUser reader) {
        ConsultationRoles.requireReader(reader, tenant);
        return data.call(tenant, em -> em.createQuery("SELECT s FROM ConsultationSeries s ORDER BY s.active DESC, s.title", ConsultationSeries.class)
                .getResultList());
    }

    public Optional<ConsultationSeries> find(TenantId tenant, PortalUser reader, long seriesId) {
        ConsultationRoles.requireReader(reader, tenant);
        return data.call(tenant, em -> Optional.ofNullable(em.find(ConsultationSeries.class, seriesId)));
    }

    /** Replaces the panel with {@code seats} (person id and profession each); people must be in the region's network. */
    public List<PanelSeat> setPanel(TenantId tenant, PortalUser organiser, long seriesId, List<PanelSeat> seats) {
        ConsultationRoles.requireOrganiser(organiser, tenant);
        data.run(tenant, em -> {
            require(em, seriesId);
            Problems problems = new Problems();
            for (int i = 0; i < seats.size(); i++) {
                if (em.find(Person.class, seats.get(i).personId()) == null) {
                    problems.add("panel[" + i + "]", "consultations.panel.unknown-person");
                }
                if (seats.get(i).profession() == null || seats.get(i).profession().isBlank()) {
                    problems.add("panel[" + i + "]", "consultations.panel.profession-required");
                }
            }
            if (seats.stream().map(PanelSeat::personId).distinct().count() != seats.size()) {
                problems.add("panel", "consultations.panel.twice");
            }
            problems.throwIfAny();
            em.createQuery("DELETE FROM PanelMember m WHERE m.seriesId = :s").setParameter("s", seriesId).executeUpdate();
            for (PanelSeat seat : seats) {
                TenantStore.write(em, organiser.username(), new PanelMember(seriesId, seat.personId(), seat.profession()));
            }
        });
        return panel(tenant, seriesId);
    }

    /** The panel of a series with each person's name, organisation and address (no role check: shown with the series). */
    public List<PanelSeat> panel(TenantId tenant, long seriesId) {
        return data.call(tenant, em -> panel(em, seriesId));
    }

    public static List<PanelSeat> panel(EntityManager em, long seriesId) {
        List<PanelSeat> seats = new ArrayList<>();
        for (PanelMember member : em.createQuery("SELECT m FROM PanelMember m WHERE m.seriesId = :s ORDER BY m.id", PanelMember.class)
                .setParameter("s", seriesId).getResultList()) {
            Person person = em.find(Person.class, member.getPersonId());
            if (person != null) {
                seats.add(new PanelSeat(person.getId(), person.getName(),
                        person.getOrganisation() == null ? null : person.getOrganisation().getNameFi(), person.getEmail(),
                        person.getUsername(), member.getProfession()));
            }
        }
        return seats;
    }

    /** Whether {@code user} sits on the panel of {@code seriesId} (their network person, by username). */
    public boolean onPanel(TenantId tenant, PortalUser user, long seriesId) {
        return panel(tenant, seriesId).stream().anyMatch(seat -> user.username().equals(seat.username()));
    }

    /**
     * Makes the sessions of a recurring series from {@code from} to {@code until} (inclusive) on the days its rhythm
     * meets that are Finnish working days, skipping days that already have one; the sessions made, in date order.
     */
    public List<ConsultationSession> generate(TenantId tenant, PortalUser organiser, long seriesId, LocalDate from, LocalDate until) {
        ConsultationRoles.requireOrganiser(organiser, tenant);
        if (from == null || until == null || until.isBefore(from) || ChronoUnit.DAYS.between(from, until) > GENERATE_MAX_DAYS) {
            throw new InvalidInputException(new Problems().add("until", "consultations.generate.range", GENERATE_MAX_DAYS));
        }
        return data.call(tenant, em -> {
            ConsultationSeries series = require(em, seriesId);
            if (series.getRecurrence() == Recurrence.AD_HOC) {
                throw new InvalidInputException(new Problems().add("recurrence", "consultations.generate.ad-hoc"));
            }
            List<ConsultationSession> made = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
                if (series.meetsOn(day) && FinnishCalendar.isWorkingDay(day) && sessionOn(em, seriesId, day).isEmpty()) {
                    made.add(TenantStore.write(em, organiser.username(), new ConsultationSession(series, day)));
                }
            }
            return made;
        });
    }

    /** One session on {@code date} (an ad hoc hour, or an extra one of a recurring series); refused on a day off or a day that has one. */
    public ConsultationSession addSession(TenantId tenant, PortalUser organiser, long seriesId, LocalDate date) {
        ConsultationRoles.requireOrganiser(organiser, tenant);
        return data.call(tenant, em -> {
            ConsultationSeries series = require(em, seriesId);
            Problems problems = new Problems().required("date", date);
            if (date != null && !FinnishCalendar.isWorkingDay(date)) {
                problems.add("date", "consultations.session.not-working-day");
            }
            if (date != null && sessionOn(em, seriesId, date).isPresent()) {
                problems.add("date", "consultations.session.exists");
            }
            problems.throwIfAny();
            return TenantStore.write(em, organiser.username(), new ConsultationSession(series, date));
        });
    }

    public List<ConsultationSession> sessions(TenantId tenant, PortalUser reader, long seriesId, LocalDate from) {
        ConsultationRoles.requireReader(reader, tenant);
        return data.call(tenant, em -> em.createQuery(
                        "SELECT s FROM ConsultationSession s WHERE s.seriesId = :series AND s.date >= :from ORDER BY s.date", ConsultationSession.class)
                .setParameter("series", seriesId).setParameter("from", from).getResultList());
    }

    public Optional<ConsultationSession> session(TenantId tenant, PortalUser reader, long sessionId) {
        ConsultationRoles.requireReader(reader, tenant);
        return data.call(tenant, em -> Optional.ofNullable(em.find(ConsultationSession.class, sessionId)));
    }

    private static Optional<ConsultationSession> sessionOn(EntityManager em, long seriesId, LocalDate date) {
        return em.createQuery("SELECT s FROM ConsultationSession s WHERE s.seriesId = :series AND s.date = :d", ConsultationSession.class)
                .setParameter("series", seriesId).setParameter("d", date).getResultStream().findFirst();
    }

    static ConsultationSeries require(EntityManager em, long seriesId) {
        ConsultationSeries series = em.find(ConsultationSeries.class, seriesId);
        if (series == null) {
            throw new IllegalArgumentException("no consultation series " + seriesId);
        }
        return series;
    }
}
