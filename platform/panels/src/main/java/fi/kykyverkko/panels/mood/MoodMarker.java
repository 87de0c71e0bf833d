package fi.kykyverkko.panels.mood;

import fi.kykyverkko.kernel.domain.TenantRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * That a member has answered a meeting's mood feedback on their own phone, so they answer only once: the member and
 * the meeting, with a random id, and nothing that names the answer — no answer id, no time, no order. It is written
 * in the same transaction as the {@link MoodAnswer}, which itself stays exactly as the kiosk's, so the two rows
 * cannot be joined: a meeting's markers say who answered, its answers what was answered, never who answered what.
 */
@Entity
@Table(name = "panel_mood_marker")
public class MoodMarker extends TenantRow {

    @Id
    private String id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    protected MoodMarker() {
    }

    MoodMarker(long meetingId, long memberId) {
        this.id = UUID.randomUUID().toString();
        this.meetingId = meetingId;
        this.memberId = memberId;
    }

    public long getMeetingId() { return meetingId; }
    public long getMemberId() { return memberId; }
}
