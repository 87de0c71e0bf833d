package fi.kykyverkko.consultations.room;

import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import java.util.List;
import java.util.Optional;

/** The room as read once per change on a node and shown by each of its UIs: the session, its cases, who is present. */
public record RoomSnapshot(ConsultationSession session, String seriesTitle, List<ConsultationCase> cases, List<String> present) {

    public Optional<ConsultationCase> current() {
        return RoomQueue.current(cases);
    }

    public Optional<ConsultationCase> next() {
        return RoomQueue.next(cases);
    }
}
