package fi.kykyverkko.consultations.booking;

import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.domain.TenantStore;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Cases of sessions already held, recorded as they were (the demo's year of cases; later an import of a region's
 * earlier paper records): the arrival comes from the session like a booking's, inside the caller's transaction, and
 * the text is one the caller vouches is anonymous (it does not pass the live booking's check and deadline).
 */
public final class CaseHistory {

    private CaseHistory() {
    }

    public static ConsultationCase record(EntityManager em, String actor, ConsultationSession session, CaseText text, Asker asker,
                                          Instant bookedAt, Outcome outcome, Long serviceId, String followUp, int minutes) {
        ConsultationCase made = new ConsultationCase(session.getId(), text, asker, bookedAt);
        made.arrive(session.book());
        made.conclude(outcome, serviceId, followUp, minutes);
        return TenantStore.write(em, actor, made);
    }
}
