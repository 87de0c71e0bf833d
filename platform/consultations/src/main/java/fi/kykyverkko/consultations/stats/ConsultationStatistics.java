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
            Map<Long, Long> panels = new java.util.HashMap<>();
            for (Object[] r : em.createQuery("SELECT m.seriesId, m.personId FROM PanelMember m", Object[].class).getResultList()) {
                panels.merge((Long) r[0], 1L, Long::sum);
            }
            Map<Long, YearMonth> monthOf = new java.util.HashMap<>();
            List<Tally.SessionRow> sessions = new java.util.ArrayList<>();
            for (Object[] r : em.createQuery("SELECT s.id, s.date, s.state, s.booked, s.startsAt, s.endsAt, s.seriesId"
                    + " FROM ConsultationSession s WHERE s.date >= :from AND s.date < :until", Object[].class)
                    .setParameter("from", from).setParameter("until", until).getResultList()) {
                YearMonth month = YearMonth.from((LocalDate) r[1]);
                monthOf.put((Long) r[0], month);
                sessions.add(new Tally.SessionRow(month, (SessionState) r[2], (Integer) r[3],
                        Duration.between((java.time.Instant) r[4], (java.time.Instant) r[5]).toMinutes(),
                        panels.getOrDefault((Long) r[6], 0L).intValue()));
            }
            List<Tally.CaseRow> cases = new java.util.ArrayList<>();
            if (!monthOf.isEmpty()) {
                for (Object[] r : em.createQuery("SELECT c.sessionId, c.reason, c.outcome, c.askerProfession, c.askerOrganisation, c.handlingMinutes"
                        + " FROM ConsultationCase c WHERE c.cancelledAt IS NULL AND c.sessionId IN :sessions", Object[].class)
                        .setParameter("sessions", List.copyOf(monthOf.keySet())).getResultList()) {
                    cases.add(new Tally.CaseRow(monthOf.get((Long) r[0]), (Reason) r[1], (Outcome) r[2], (String) r[3], (String) r[4],
                            (Integer) r[5]));
                }
            }
            List<Tally.PairRow> pairs = em.createQuery("SELECT p.heldOn, p.outcome, p.requesterProfession, p.requesterOrganisation, p.handlingMinutes"
                            + " FROM PairConsultation p WHERE p.state = :held AND p.heldOn >= :from AND p.heldOn < :until", Object[].class)
                    .setParameter("held", fi.kykyverkko.consultations.pairs.PairState.HELD).setParameter("from", from).setParameter("until", until)
                    .getResultList().stream().map(r -> new Tally.PairRow(YearMonth.from((LocalDate) r[0]), (Outcome) r[1], (String) r[2],
                            (String) r[3], (Integer) r[4])).toList();
            return Tally.of(cases, sessions, pairs, YearMonth.from(from), YearMonth.from(until.minusDays(1)));
        });
    }
}
