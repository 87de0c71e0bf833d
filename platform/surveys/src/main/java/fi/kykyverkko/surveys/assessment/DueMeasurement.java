package fi.kykyverkko.surveys.assessment;

import java.time.LocalDate;

/** A row of the responsible person's list: an unanswered measurement that is due or overdue, with its client. */
public record DueMeasurement(long measurementId, long episodeId, long clientId, String clientName, long serviceId,
                             String pointCode, String instrumentCode, LocalDate dueOn, MeasurementState state,
                             boolean linkIssued) {
}
