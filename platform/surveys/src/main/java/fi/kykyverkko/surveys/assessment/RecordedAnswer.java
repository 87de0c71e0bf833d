package fi.kykyverkko.surveys.assessment;

import java.util.List;

/** What {@code recordAnswer} did: the measurement, its stored scores, and whether it was stored already (a repeat). */
public record RecordedAnswer(long measurementId, List<StoredScore> scores, boolean repeated) {
}
