package fi.kykyverkko.consultations.release;

import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.consultations.sessions.SessionState;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What happens to a region's open sessions once their booking deadline has passed, each session in its own transaction
 * under its row's lock (a booking cannot slip in; a re-run finds nothing left to do): a session nobody booked is
 * released and its experts are told their hour is free; a booked one sends its reminders once.
 */
@ApplicationScoped
public class SessionRelease {

    /** What one run did in one region. */
    public record Outcome(int released, int reminded, int mails) {
    }

    @Inject
    TenantData data;

    @Inject
    ConsultationMail mail;

    Clock clock = Clock.systemUTC();

    public Outcome runDue(TenantId tenant) {
        Instant now = clock.instant();
        List<Long> due = data.call(tenant, em -> em.createQuery(
                        "SELECT s.id FROM ConsultationSession s WHERE s.state = :open AND s.bookingDeadline <= :now AND s.remindedAt IS NULL",
                        Long.class).setParameter("open", SessionState.OPEN).setParameter("now", now).getResultList());
        int released = 0;
        int reminded = 0;
        int mails = 0;
        for (long id : due) {
            int[] result = data.call(tenant, em -> {
                ConsultationSession session = em.find(ConsultationSession.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (session.getState() != SessionState.OPEN || session.getRemindedAt().isPresent() || now.isBefore(session.getBookingDeadline())) {
                    return new int[] {0, 0, 0};
                }
                ConsultationSeries series = em.find(ConsultationSeries.class, session.getSeriesId());
                if (session.getBooked() == 0) {
                    session.release(now);
                    session.remindedAt(now);
                    TenantStore.write(em, "consultations", session);
                    return new int[] {1, 0, mail.released(tenant, em, series, session)};
                }
                session.remindedAt(now);
                TenantStore.write(em, "consultations", session);
                return new int[] {0, 1, mail.reminders(tenant, em, series, session)};
            });
            released += result[0];
            reminded += result[1];
            mails += result[2];
        }
        return new Outcome(released, reminded, mails);
    }
}
