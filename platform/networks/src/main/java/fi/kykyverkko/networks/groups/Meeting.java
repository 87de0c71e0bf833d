package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.domain.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/** One meeting of a group: when and where, agenda beforehand, minutes and decisions afterwards. */
@Entity
@Table(name = "meeting")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantData.TENANT_PROPERTY)
public class Meeting extends Stamped {


    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    private String agenda;
    private String minutes;
    private String decisions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.PLANNED;

    /** iCalendar SEQUENCE: raised on every change so calendars replace the earlier invitation. */
    @Column(nullable = false)
    private int sequence;




    public Meeting() {
        // for JPA and forms
    }

    public Meeting(long groupId) {
        this.groupId = groupId;
    }

    @Override
    public Problems check() {
        return new Problems().timeAndPlace(startsAt, endsAt, place, onlineLink).required("status", status);
    }

    /**
     * The meeting as sent before has changed: calendars must replace the earlier invitation, so its iCalendar
     * SEQUENCE grows. A meeting not yet stored has sent nothing and keeps 0.
     */
    public void announceChange() {
        if (getId() != null) {
            sequence++;
        }
    }

    /** Moves the meeting; refuses an end that is not after the start, leaving the times as they were. */
    public void reschedule(Instant newStart, Instant newEnd) {
        new Problems().timeAndPlace(newStart, newEnd, place, onlineLink).throwIfAny();
        startsAt = newStart;
        endsAt = newEnd;
    }

    public long getGroupId() { return groupId; }
    public Instant getStartsAt() { return startsAt; }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public void setEndsAt(Instant endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = Problems.clean(place); }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = Problems.clean(onlineLink); }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = Problems.clean(agenda); }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = Problems.clean(minutes); }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = Problems.clean(decisions); }
    public MeetingStatus getStatus() { return status; }
    public void setStatus(MeetingStatus status) { this.status = status; }
    public int getSequence() { return sequence; }
}
