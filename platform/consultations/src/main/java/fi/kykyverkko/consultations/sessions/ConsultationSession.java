package fi.kykyverkko.consultations.sessions;

import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import fi.kykyverkko.kernel.time.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One dated occurrence of a series. Its booking deadline is computed when it is made (the series' rule on this
 * date) and kept with it, so every session shows its own. Arrival numbers come from {@code nextArrival}, taken
 * only while the session row is locked ({@link #takeArrival()}).
 */
@Entity
@Table(name = "consultation_session")
public class ConsultationSession extends Stamped {

    @Column(name = "series_id", nullable = false)
    private long seriesId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "booking_deadline", nullable = false)
    private Instant bookingDeadline;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionState state = SessionState.OPEN;

    @Column(name = "next_arrival", nullable = false)
    private int nextArrival = 1;

    @Column(nullable = false)
    private int booked;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "released_at")
    private Instant releasedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected ConsultationSession() {
        // JPA
    }

    /** The session of {@code series} on {@code date}: its hours in Helsinki time, its deadline and capacity from the series. */
    public ConsultationSession(ConsultationSeries series, LocalDate date) {
        if (date == null) {
            Problems.refuse("date", "validation.required");
        }
        if (series.getId() == null) {
            throw new IllegalStateException("a series is stored before its sessions are made");
        }
        this.seriesId = series.getId();
        this.date = date;
        this.startsAt = PortalTime.instant(date.atTime(series.getStartTime()));
        this.endsAt = PortalTime.instant(date.atTime(series.getEndTime()));
        this.bookingDeadline = series.deadlineRule().deadlineFor(date);
        if (bookingDeadline.isAfter(startsAt)) {
            bookingDeadline = startsAt; // a same-day rule after the hour's start closes at the start
        }
        this.capacity = series.sessionCapacity();
    }

    /** Whether a booking or a cancellation at {@code now} is in time: before the deadline (the deadline itself is late). */
    public boolean bookableAt(Instant now) {
        return state == SessionState.OPEN && now.isBefore(bookingDeadline);
    }

    /**
     * Takes a place: the next arrival number. Call only while holding the row's lock (a booking's SELECT ... FOR
     * UPDATE), which makes concurrent bookings take their turns; refused when the session is full.
     */
    public int book() {
        if (booked >= capacity) {
            Problems.refuse("session", "consultations.booking.full", capacity);
        }
        booked++;
        return nextArrival++;
    }

    /** A case was cancelled: its place is free again (its arrival number is not reused). Under the row's lock. */
    public void unbook() {
        if (booked > 0) {
            booked--;
        }
    }

    public int getBooked() {
        return booked;
    }

    public int freePlaces() {
        return capacity - booked;
    }

    /** Nobody booked by the deadline: the experts' hour is free. Refused once anything else happened to it. */
    public void release(Instant now) {
        if (state != SessionState.OPEN) {
            Problems.refuse("state", "consultations.session.not-open");
        }
        if (now.isBefore(bookingDeadline)) {
            Problems.refuse("state", "consultations.session.release-before-deadline");
        }
        if (booked > 0) {
            Problems.refuse("state", "consultations.session.release-booked");
        }
        state = SessionState.RELEASED;
        releasedAt = now;
    }

    public void markHeld() {
        if (state != SessionState.OPEN) {
            Problems.refuse("state", "consultations.session.not-open");
        }
        state = SessionState.HELD;
    }

    public void remindedAt(Instant now) {
        this.remindedAt = now;
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().required("date", date).required("state", state);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add("endsAt", "validation.ends-before-start");
        }
        return problems;
    }

    public long getSeriesId() { return seriesId; }
    public LocalDate getDate() { return date; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public Instant getBookingDeadline() { return bookingDeadline; }
    public int getCapacity() { return capacity; }
    public SessionState getState() { return state; }
    public Optional<Instant> getReleasedAt() { return Optional.ofNullable(releasedAt); }
    public Optional<Instant> getRemindedAt() { return Optional.ofNullable(remindedAt); }
}
