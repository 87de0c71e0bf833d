package fi.kykyverkko.clients.clients;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A file kept with a client: a referral letter or its attachment, a scanned consent form. Served only as a download
 * (never rendered by the portal), reading one is audited like any client data, and the content is loaded only when
 * downloaded.
 */
@Entity
@Table(name = "client_document")
public class ClientDocument extends TenantRow {

    public enum Kind implements fi.kykyverkko.kernel.domain.Labelled { REFERRAL_LETTER, CONSENT_FORM;
        @Override
        public String labelKey() {
            return "clients.document." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** As networks' meeting attachments: enough for a scanned form or a letter. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** The referral source or consent the file belongs to. */
    @Column(name = "owner_id")
    private Long ownerId;

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

    protected ClientDocument() {
        // for JPA
    }

    public ClientDocument(long clientId, Kind kind, Long ownerId, String fileName, String contentType, byte[] content, String actor,
            Instant now) {
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("document over " + MAX_BYTES + " bytes");
        }
        this.clientId = clientId;
        this.kind = kind;
        this.ownerId = ownerId;
        // only the last path segment: some browsers send the uploader's full path
        this.fileName = fileName.replaceAll(".*[/\\\\]", "");
        this.contentType = fi.kykyverkko.networks.groups.MeetingAttachment.safeContentType(contentType);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = actor;
        this.uploadedAt = now;
    }

    public Long getId() { return id; }
    public long getClientId() { return clientId; }
    public Kind getKind() { return kind; }
    public Long getOwnerId() { return ownerId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
    public Instant getUploadedAt() { return uploadedAt; }
}
