package fi.kykyverkko.consultations.booking;

import fi.kykyverkko.consultations.sessions.ConsultationSession;

/** One of the asker's own cases with its session and series' title, and whether it can still be cancelled. */
public record MyBooking(ConsultationCase booked, ConsultationSession session, String seriesTitle, boolean cancellable) {
}
