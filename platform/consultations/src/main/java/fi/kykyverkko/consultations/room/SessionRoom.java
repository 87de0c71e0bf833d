package fi.kykyverkko.consultations.room;

import fi.kykyverkko.consultations.ConsultationRoles;
import fi.kykyverkko.consultations.booking.Bookings;
import fi.kykyverkko.consultations.booking.CaseTextCheck;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.consultations.room.RoomQueue.RoomSeat;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.live.LiveBus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The live room of a session: who may come in ({@link RoomQueue#seat}), the panel taking cases up in arrival order and
 * marking them handled (the handling time from the two), the shared notes on a case (checked like the case's own text
 * by every {@link CaseTextCheck}, saved over the version the writer saw), and the outcome (through
 * {@link Bookings#conclude}). Every change is committed first, then published on the shell's {@link LiveBus} (region, session,
 * what changed), from which every node re-reads the room.
 */
@ApplicationScoped
public class SessionRoom {

    @Inject
    TenantData data;

    @Inject
    ConsultationHours hours;

    @Inject
    Bookings bookings;

    @Inject
    LiveBus bus;

    @Inject
    RoomPresence presence;

    @Inject
    Instance<CaseTextCheck> textChecks;

    Clock clock = Clock.systemUTC();

    /** How {@code user} takes part in the room of {@code sessionId}; empty when they may not come in (or there is no such session). */
    public Optional<RoomSeat> seat(TenantId tenant, PortalUser user, long sessionId) {
        if (!user.hasAnyRole(tenant, ConsultationRoles.READERS)) {
            return Optional.empty();
        }
        return data.call(tenant, em -> {
            ConsultationSession session = em.find(ConsultationSession.class, sessionId);
            if (session == null) {
                return Optional.<RoomSeat>empty();
            }
            boolean ownCase = Bookings.queue(em, sessionId).stream().anyMatch(c -> user.username().equals(c.getAskerUsername()));
            return RoomQueue.seat(ConsultationRoles.canOrganise(user, tenant),
                    ConsultationHours.panel(em, session.getSeriesId()).stream().anyMatch(s -> user.username().equals(s.username())), ownCase);
        });
    }

    /** The room as it is now, with who is present on this node (no role check: for {@link RoomHub} and the views that passed {@link #seat}). */
    public RoomSnapshot snapshot(TenantId tenant, long sessionId) {
        return data.call(tenant, em -> {
            ConsultationSession session = em.find(ConsultationSession.class, sessionId);
            ConsultationSeries series = em.find(ConsultationSeries.class, session.getSeriesId());
            return new RoomSnapshot(session, series.getTitle(), Bookings.queue(em, sessionId), presence.present(tenant, sessionId));
        });
    }

    /** The panel takes up the next case in arrival order (one at a time). */
    public ConsultationCase startNext(TenantId tenant, PortalUser user, long sessionId) {
        requirePanel(tenant, user, sessionId);
        ConsultationCase started = data.call(tenant, em -> {
            lock(em, sessionId);
            ConsultationCase next = RoomQueue.takeUpNext(Bookings.queue(em, sessionId));
            next.start(clock.instant());
            return TenantStore.write(em, user.username(), next);
        });
        publish(tenant, sessionId, RoomChange.CURRENT);
        return started;
    }

    /** The panel marks the case being handled as handled; its handling time is kept unless one was recorded. */
    public ConsultationCase markHandled(TenantId tenant, PortalUser user, long sessionId, long caseId) {
        requirePanel(tenant, user, sessionId);
        ConsultationCase handled = data.call(tenant, em -> {
            lock(em, sessionId);
            ConsultationCase c = caseOf(em, sessionId, caseId);
            c.markHandled(clock.instant());
            return TenantStore.write(em, user.username(), c);
        });
        publish(tenant, sessionId, RoomChange.CURRENT);
        return handled;
    }

    /**
     * Saves the shared notes of a case, by anyone in the room: refused with every finding of the text checks (the
     * refused text is not stored; {@code consultations.case.guard-missing} when no check is deployed), and refused
     * when someone saved after version {@code basedOn} ({@code consultations.room.notes-conflict}).
     */
    public ConsultationCase saveNotes(TenantId tenant, PortalUser user, long sessionId, long caseId, String text, int basedOn) {
        if (seat(tenant, user, sessionId).isEmpty()) {
            throw new SecurityException(user.username() + " is not in the room of session " + sessionId + " in " + tenant);
        }
        checkNotes(tenant, text).throwIfAny();
        ConsultationCase saved = data.call(tenant, em -> {
            ConsultationCase c = em.find(ConsultationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
            if (c == null || c.getSessionId() != sessionId || c.isCancelled()) {
                throw new IllegalArgumentException("no case " + caseId + " in session " + sessionId);
            }
            c.writeNotes(text, basedOn, user.displayName(), clock.instant());
            return TenantStore.write(em, user.username(), c);
        });
        publish(tenant, sessionId, RoomChange.NOTES);
        return saved;
    }

    /** What the text checks find in notes (field {@code notes}); a refusal when no check is deployed. */
    public Problems checkNotes(TenantId tenant, String text) {
        Problems problems = new Problems().maxLength("notes", text, ConsultationCase.NOTES_MAX);
        if (textChecks.isUnsatisfied()) {
            return problems.add("notes", "consultations.case.guard-missing");
        }
        for (CaseTextCheck check : textChecks) {
            check.check(tenant, "notes", text == null ? "" : text).forEach(f -> problems.add(f.field(), f.key(), f.start(), f.end()));
        }
        return problems;
    }

    /** Records the outcome and follow-up of a case in the room (the panel), by {@link Bookings#conclude}'s rules. */
    public ConsultationCase conclude(TenantId tenant, PortalUser user, long sessionId, long caseId, Outcome outcome, Long serviceId,
                                     String followUp, Integer minutes) {
        requirePanel(tenant, user, sessionId);
        ConsultationCase c = bookings.conclude(tenant, user, caseId, outcome, serviceId, followUp, minutes);
        if (c.getSessionId() != sessionId) {
            throw new IllegalArgumentException("case " + caseId + " is not in session " + sessionId);
        }
        publish(tenant, sessionId, RoomChange.OUTCOME);
        return c;
    }

    /** Someone came in or left on this node. */
    public void presenceChanged(TenantId tenant, long sessionId) {
        publish(tenant, sessionId, RoomChange.PRESENCE);
    }

    private void publish(TenantId tenant, long sessionId, RoomChange what) {
        bus.publish(RoomChange.room(tenant, sessionId), what.name());
    }

    private void requirePanel(TenantId tenant, PortalUser user, long sessionId) {
        if (seat(tenant, user, sessionId).filter(s -> s == RoomSeat.PANEL).isEmpty()) {
            throw new SecurityException(user.username() + " may not run the room of session " + sessionId + " in " + tenant);
        }
    }

    private static void lock(EntityManager em, long sessionId) {
        if (em.find(ConsultationSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalArgumentException("no consultation session " + sessionId);
        }
    }

    private static ConsultationCase caseOf(EntityManager em, long sessionId, long caseId) {
        List<ConsultationCase> cases = Bookings.queue(em, sessionId);
        return cases.stream().filter(c -> c.getId() == caseId).findFirst()
                .orElseThrow(() -> new InvalidInputException(new Problems().add("case", "consultations.room.no-case")));
    }
}
