package fi.kykyverkko.kernel.domain;

import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * When something happens (a meeting, an event): a start and an end, stored as UTC in {@code starts_at} and
 * {@code ends_at}. An embeddable value that keeps its invariant: the end is after the start whenever both are
 * known — a span that breaks it is refused when made ({@code endsAt}: {@code validation.ends-before-start}).
 */
@Embeddable
public class TimeSpan {

    /** Neither end known yet (a form being filled in). */
    public static final TimeSpan OPEN = new TimeSpan();

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "starts_at")
    private Instant startsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ends_at")
    private Instant endsAt;

    protected TimeSpan() {
        // for JPA
    }

    /** The span from {@code start} to {@code end}; refuses an end that is not after the start. */
    public static TimeSpan of(Instant start, Instant end) {
        if (start != null && end != null && !end.isAfter(start)) {
            Problems.refuse("endsAt", "validation.ends-before-start");
        }
        TimeSpan span = new TimeSpan();
        span.startsAt = start;
        span.endsAt = end;
        return span;
    }

    public TimeSpan withStart(Instant start) {
        return of(start, endsAt);
    }

    public TimeSpan withEnd(Instant end) {
        return of(startsAt, end);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    /** Whether it has begun by {@code now}. */
    public boolean hasStarted(Instant now) {
        return startsAt != null && !startsAt.isAfter(now);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSpan t && Objects.equals(startsAt, t.startsAt) && Objects.equals(endsAt, t.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt);
    }

    @Override
    public String toString() {
        return startsAt + "/" + endsAt;
    }
}
