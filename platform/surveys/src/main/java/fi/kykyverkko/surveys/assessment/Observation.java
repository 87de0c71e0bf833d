package fi.kykyverkko.surveys.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** One answered value of one score, for counting change: whose, in which service, when, what. */
public record Observation(long clientId, long serviceId, Instant answeredAt, BigDecimal value) {
}
