package fi.kykyverkko.clients.retention;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * That a client was anonymised, by which run, when. Keyed by the client, so no run anonymises or counts anyone twice;
 * holds no personal data.
 */
@Entity
@Table(name = "client_anonymisation")
public class ClientAnonymisation extends TenantRow {

    @Id
    @Column(name = "client_id")
    private long clientId;

    @Column(name = "job_instance", nullable = false)
    private long jobInstance;

    @Column(name = "last_episode_ended")
    private LocalDate lastEpisodeEnded;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "anonymised_at", nullable = false)
    private Instant anonymisedAt;

    protected ClientAnonymisation() {
        // for JPA
    }

    public ClientAnonymisation(long clientId, long jobInstance, LocalDate lastEpisodeEnded, Instant anonymisedAt) {
        this.clientId = clientId;
        this.jobInstance = jobInstance;
        this.lastEpisodeEnded = lastEpisodeEnded;
        this.anonymisedAt = anonymisedAt;
    }

    public long getClientId() { return clientId; }
    public long getJobInstance() { return jobInstance; }
    public LocalDate getLastEpisodeEnded() { return lastEpisodeEnded; }
    public Instant getAnonymisedAt() { return anonymisedAt; }
}
