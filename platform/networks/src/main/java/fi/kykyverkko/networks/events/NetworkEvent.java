package fi.kykyverkko.networks.events;

import fi.kykyverkko.kernel.domain.Scheduled;
import fi.kykyverkko.kernel.domain.TimeSpan;
import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * An event for the network's professionals: a Kohtaamo, a morning coffee, a webinar, an info session.
 * Participants are counted from registrations marked as attended, or, where nobody registers (a webinar),
 * from the head count recorded afterwards.
 */
@Entity
@Table(name = "network_event")
public class NetworkEvent extends Coded implements Scheduled {



    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind = EventKind.COMPETENCE_EVENT;

    private String description;

    @Embedded
    private TimeSpan span = TimeSpan.OPEN;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    private String audience;

    @Column(name = "registration_open", nullable = false)
    private boolean registrationOpen;

    private Integer capacity;

    /** Head count recorded after the event; null when attendance comes from registrations. */
    @Column(name = "participant_count")
    private Integer participantCount;




    public NetworkEvent() {
        // for JPA and forms
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().code("code", getCode())
                .required("title", title).maxLength("title", title, 300)
                .required("kind", kind).timeAndPlace(getStartsAt(), getEndsAt(), place, onlineLink).maxLength("audience", audience, 300);
        if (place == null && onlineLink == null) {
            problems.add("place", "networks.validation.place-or-link");
        }
        return problems;
    }


    /**
     * Takes a registration when registration is open, the event has not begun, the person has not registered yet
     * and a seat is free. {@code registered} are the event's registrations so far, read by the caller under a lock
     * on this event's row, so two people cannot both take the last seat nor one person register twice.
     */
    public EventRegistration register(EventRegistration registration, List<EventRegistration> registered, Instant now) {
        Problems problems = registration.check();
        if (registration.getUsername() == null) {
            problems.add("name", "networks.validation.registration-needs-account");
        } else if (registered.stream().anyMatch(r -> r.isBy(registration.getUsername()))) {
            problems.add("name", "networks.validation.already-registered");
        } else if (!registrationOpen) {
            problems.add("name", "networks.validation.registration-closed");
        } else if (getSpan().hasStarted(now)) {
            problems.add("name", "networks.validation.event-started");
        } else if (isFull(registered.size())) {
            problems.add("name", "networks.validation.event-full");
        }
        problems.throwIfAny();
        return registration;
    }

    /** Whether a registration may still be cancelled: until the event begins (afterwards it is attendance). */
    public boolean canCancelRegistration(Instant now) {
        return !getSpan().hasStarted(now);
    }

    /** Whether {@code registered} people fill the event (an event without a capacity never fills). */
    public boolean isFull(long registered) {
        return capacity != null && registered >= capacity;
    }


    /** Participants: the recorded head count if there is one, else those registered and marked present. */
    public int participants(long attendedRegistrations) {
        return participantCount != null ? participantCount : (int) attendedRegistrations;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Problems.clean(title); }
    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = Problems.clean(description); }
    @Override
    public TimeSpan getSpan() { return span == null ? TimeSpan.OPEN : span; }
    @Override
    public void setSpan(TimeSpan span) { this.span = span == null ? TimeSpan.OPEN : span; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = Problems.clean(place); }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = Problems.clean(onlineLink); }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = Problems.clean(audience); }
    public boolean isRegistrationOpen() { return registrationOpen; }
    public void setRegistrationOpen(boolean registrationOpen) { this.registrationOpen = registrationOpen; }
    public Integer getCapacity() { return capacity; }
    /** Seats; null is unlimited. Refuses fewer than one seat. */
    public void setCapacity(Integer capacity) {
        if (capacity != null && capacity < 1) {
            Problems.refuse("capacity", "networks.validation.positive");
        }
        this.capacity = capacity;
    }
    public Integer getParticipantCount() { return participantCount; }
    /** The head count recorded afterwards; refuses a negative one. */
    public void setParticipantCount(Integer participantCount) {
        if (participantCount != null && participantCount < 0) {
            Problems.refuse("participantCount", "networks.validation.positive");
        }
        this.participantCount = participantCount;
    }
}
