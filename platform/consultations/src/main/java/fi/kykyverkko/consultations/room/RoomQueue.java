package fi.kykyverkko.consultations.room;

import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.kernel.domain.Problems;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The room's rules over a session's cases (not cancelled): cases are taken up in arrival order, one at a time; the
 * case being handled is the one started and not handled; the next is the first in arrival order not yet started.
 */
public final class RoomQueue {

    private RoomQueue() {
    }

    public static Optional<ConsultationCase> current(List<ConsultationCase> cases) {
        return cases.stream().filter(ConsultationCase::isCurrent).min(Comparator.comparingInt(ConsultationCase::getArrival));
    }

    public static Optional<ConsultationCase> next(List<ConsultationCase> cases) {
        return cases.stream().filter(c -> !c.isCancelled() && c.getStartedAt().isEmpty())
                .min(Comparator.comparingInt(ConsultationCase::getArrival));
    }

    /**
     * The case the panel takes up next: refused while one is being handled ({@code consultations.room.still-current})
     * or when every case has been taken up ({@code consultations.room.none-waiting}).
     */
    public static ConsultationCase takeUpNext(List<ConsultationCase> cases) {
        if (current(cases).isPresent()) {
            Problems.refuse("case", "consultations.room.still-current", current(cases).get().getArrival());
        }
        Optional<ConsultationCase> next = next(cases);
        if (next.isEmpty()) {
            Problems.refuse("case", "consultations.room.none-waiting");
        }
        return next.get();
    }

    /** Who may come in: organisers, the series' panel, and an asker with a case (not cancelled) in the session. */
    public static Optional<RoomSeat> seat(boolean organiser, boolean onPanel, boolean hasOwnCase) {
        if (organiser || onPanel) {
            return Optional.of(RoomSeat.PANEL);
        }
        return hasOwnCase ? Optional.of(RoomSeat.ASKER) : Optional.empty();
    }

    /** How one takes part: the panel (and organisers) run the room; an asker follows it and writes in the notes. */
    public enum RoomSeat {
        PANEL, ASKER
    }
}
