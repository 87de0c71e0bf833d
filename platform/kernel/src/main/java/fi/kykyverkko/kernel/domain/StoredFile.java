package fi.kykyverkko.kernel.domain;

import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * A file a person uploaded, kept in the tenant's schema beside what it belongs to (a meeting's slides, a client's
 * referral letter): its name without the uploader's path, a content type safe to serve it with, its size and bytes,
 * who uploaded it and when. The rules of every module's uploads in one place; the table has the columns
 * {@code id, file_name, content_type, size_bytes, content, uploaded_at, uploaded_by}.
 */
@MappedSuperclass
public abstract class StoredFile extends TenantRow {

    /** Large enough for slides, memos and scanned forms, small enough to keep the database and uploads healthy. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Set<String> SAFE_TYPES = Set.of("application/pdf", "text/plain", "text/csv", "image/png",
            "image/jpeg", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected StoredFile() {
        // for JPA
    }

    protected StoredFile(String fileName, String contentType, byte[] content, String actor, Instant now) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("file over " + MAX_BYTES + " bytes");
        }
        // only the last path segment: some browsers send the uploader's full path
        this.fileName = fileName.replaceAll(".*[/\\\\]", "");
        this.contentType = safeContentType(contentType);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = actor;
        this.uploadedAt = now;
    }

    /** A file as it arrives from an upload, before it is stored. */
    public record Incoming(String name, String type, byte[] content) {
        public Incoming {
            java.util.Objects.requireNonNull(content, "content");
            name = name == null || name.isBlank() ? "file" : name;
        }
    }

    /** The type to serve a file with: what the uploader's browser said if it is a plain document type, else a neutral one. */
    public static String safeContentType(String declared) {
        return declared != null && SAFE_TYPES.contains(declared.toLowerCase(Locale.ROOT)) ? declared : "application/octet-stream";
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
}
