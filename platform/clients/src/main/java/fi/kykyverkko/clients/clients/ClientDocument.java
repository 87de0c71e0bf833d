package fi.kykyverkko.clients.clients;

import fi.kykyverkko.kernel.domain.Labelled;
import fi.kykyverkko.kernel.domain.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
public class ClientDocument extends StoredFile {

    public enum Kind implements Labelled {
        REFERRAL_LETTER, CONSENT_FORM;

        @Override
        public String labelKey() {
            return "clients.document." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** The referral source or consent the file belongs to. */
    @Column(name = "owner_id")
    private Long ownerId;

    protected ClientDocument() {
        // for JPA
    }

    public ClientDocument(long clientId, Kind kind, Long ownerId, String fileName, String contentType, byte[] content, String actor,
            Instant now) {
        super(fileName, contentType, content, actor, now);
        this.clientId = clientId;
        this.kind = kind;
        this.ownerId = ownerId;
    }

    public long getClientId() { return clientId; }
    public Kind getKind() { return kind; }
    public Long getOwnerId() { return ownerId; }
}
