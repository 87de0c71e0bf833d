package fi.kykyverkko.clients.retention;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * When a client's time is up: every episode has ended, and the last one ended on or before the cutoff (today less
 * the region's retention period). A client who never had an episode (a first anonymous contact) is due when their
 * record was last changed on or before the cutoff. An open episode always keeps the client.
 */
public record RetentionRule(LocalDate cutoff) {

    public RetentionRule {
        Objects.requireNonNull(cutoff, "cutoff");
    }

    /**
     * @param endDates    one entry per episode, empty for an episode still open
     * @param lastChanged the day the client's own record was last changed
     */
    public boolean due(Collection<Optional<LocalDate>> endDates, LocalDate lastChanged) {
        if (endDates.isEmpty()) {
            return !lastChanged.isAfter(cutoff);
        }
        return endDates.stream().allMatch(Optional::isPresent) && !lastEnded(endDates).orElseThrow().isAfter(cutoff);
    }

    /** The day the last episode ended, if all have ended. */
    public static Optional<LocalDate> lastEnded(Collection<Optional<LocalDate>> endDates) {
        if (endDates.isEmpty() || endDates.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return endDates.stream().map(Optional::orElseThrow).max(LocalDate::compareTo);
    }
}
