package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a meeting (slides, a memo). Kept in the tenant's schema with the meeting. */
@Entity
@Table(name = "meeting_attachment")
public class MeetingAttachment extends TenantRow {

    /** Large enough for slides and memos, small enough to keep the database and uploads healthy. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected MeetingAttachment() {
        // for JPA
    }

    public MeetingAttachment(long meetingId, String fileName, String contentType, byte[] content, String actor, Instant now) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("attachment over " + MAX_BYTES + " bytes");
        }
        this.meetingId = meetingId;
        // keep only the last path segment: browsers on some systems send the client's full path
        this.fileName = fileName.replaceAll(".*[/\\\\]", "");
        this.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = actor;
        this.uploadedAt = now;
    }

    private static final java.util.Set<String> SAFE_TYPES = java.util.Set.of("application/pdf", "text/plain", "text/csv", "image/png",
            "image/jpeg", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    /** The type to serve a file with: what the uploader's browser said if it is a plain document type, else a neutral one. */
    public static String safeContentType(String declared) {
        return declared != null && SAFE_TYPES.contains(declared.toLowerCase(java.util.Locale.ROOT)) ? declared : "application/octet-stream";
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
    public Instant getUploadedAt() { return uploadedAt; }
}
