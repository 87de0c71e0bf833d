package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a meeting (slides, a memo). Kept in the tenant's schema with the meeting. */
@Entity
@Table(name = "meeting_attachment")
public class MeetingAttachment extends StoredFile {

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    protected MeetingAttachment() {
        // for JPA
    }

    public MeetingAttachment(long meetingId, String fileName, String contentType, byte[] content, String actor, Instant now) {
        super(fileName, contentType, content, actor, now);
        this.meetingId = meetingId;
    }

    public long getMeetingId() { return meetingId; }
}
