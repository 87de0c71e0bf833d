package fi.kykyverkko.consultations.stats;

import fi.kykyverkko.consultations.ConsultationRoles;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.sessions.SessionState;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The region's consultation statistics without identities (organisers only): read as rows that name no client and no
 * asker (profession and organisation only, never a username or a case's text) and tallied by {@link Tally}. Sessions
 * and cases count in the month of the session, over [{@code from}, {@code until}).
 */
@ApplicationScoped
public class ConsultationStatistics {

    @Inject
    TenantData data;

    public Tally of(TenantId tenant, PortalUser user, LocalDate from, LocalDate until) {
        ConsultationRoles.requireOrganiser(user, tenant);
        return tally(tenant, from, until);
    }

    /** Without a role check: for the module's indicators, which the reports module reads for the region. */
    public Tally tally(TenantId tenant, LocalDate from, LocalDate until) {
        if (from == null || until == null || !until.isAfter(from) || from.plusYears(5).isBefore(until)) {
            throw new InvalidInputException(new Problems().add("until", "consultations.stats.range"));
        }
        return data.call(tenant, em -> {
            List<Tally.CaseRow> cases = em.createQuery("SELECT s.date, c.reason, c.outcome, c.askerProfession, c.askerOrganisation, c.handlingMinutes"
                            + " FROM ConsultationCase c, ConsultationSession s WHERE s.id = c.sessionId AND c.cancelledAt IS NULL"
                            + " AND s.date >= :from AND s.date < :until", Object[].class)
                    .setParameter("from", from).setParameter("until", until).getResultList().stream()
                    .map(r -> new Tally.CaseRow(YearMonth.from((LocalDate) r[0]), (Reason) r[1], (Outcome) r[2], (String) r[3], (String) r[4],
                            (Integer) r[5])).toList();
            Map<Long, Long> panels = em.createQuery("SELECT m.seriesId, COUNT(m) FROM PanelMember m GROUP BY m.seriesId", Object[].class)
                    .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
            List<Tally.SessionRow> sessions = em.createQuery("SELECT s.date, s.state, s.booked, s.startsAt, s.endsAt, s.seriesId"
                            + " FROM ConsultationSession s WHERE s.date >= :from AND s.date < :until", Object[].class)
                    .setParameter("from", from).setParameter("until", until).getResultList().stream()
                    .map(r -> new Tally.SessionRow(YearMonth.from((LocalDate) r[0]), (SessionState) r[1], (Integer) r[2],
                            Duration.between((java.time.Instant) r[3], (java.time.Instant) r[4]).toMinutes(),
                            panels.getOrDefault((Long) r[5], 0L).intValue())).toList();
            return Tally.of(cases, sessions, YearMonth.from(from), YearMonth.from(until.minusDays(1)));
        });
    }
}
