package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.domain.Scheduled;
import fi.kykyverkko.kernel.domain.TimeSpan;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.domain.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One meeting of a group: when and where, agenda beforehand, minutes and decisions afterwards. */
@Entity
@Table(name = "meeting")
public class Meeting extends Stamped implements Scheduled {


    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Embedded
    private TimeSpan span = TimeSpan.OPEN;

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
        return new Problems().timeAndPlace(getStartsAt(), getEndsAt(), place, onlineLink).required("status", status);
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


    public long getGroupId() { return groupId; }
    @Override
    public TimeSpan getSpan() { return span == null ? TimeSpan.OPEN : span; }
    @Override
    public void setSpan(TimeSpan span) { this.span = span == null ? TimeSpan.OPEN : span; }
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
