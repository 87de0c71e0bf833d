package fi.kykyverkko.kernel.domain;

import java.time.Instant;

/**
 * Something with a {@link TimeSpan} (a meeting, an event): the start and end as properties for forms and
 * imports, each refused when it would put the end before the start, and {@link #reschedule} to move both at once.
 * An entity keeps the span in an {@code @Embedded TimeSpan} field and implements {@link #getSpan}/{@link #setSpan}.
 */
public interface Scheduled {

    TimeSpan getSpan();

    void setSpan(TimeSpan span);

    default Instant getStartsAt() {
        return getSpan().startsAt();
    }

    /** Sets the start; refused when it is not before a known end. */
    default void setStartsAt(Instant startsAt) {
        setSpan(getSpan().withStart(startsAt));
    }

    default Instant getEndsAt() {
        return getSpan().endsAt();
    }

    /** Sets the end; refused when it is not after a known start. */
    default void setEndsAt(Instant endsAt) {
        setSpan(getSpan().withEnd(endsAt));
    }

    /** Moves it: both ends required, the end after the start; a refusal leaves the times as they were. */
    default void reschedule(Instant newStart, Instant newEnd) {
        new Problems().required("startsAt", newStart).required("endsAt", newEnd).throwIfAny();
        setSpan(TimeSpan.of(newStart, newEnd));
    }
}
