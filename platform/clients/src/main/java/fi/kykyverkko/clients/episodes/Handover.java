package fi.kykyverkko.clients.episodes;

import fi.kykyverkko.kernel.domain.TenantRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One handover of an episode: from this day, this networks person is responsible. Never changed. */
@Entity
@Table(name = "episode_handover")
public class Handover extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "episode_id", nullable = false)
    private Episode episode;

    @Column(nullable = false)
    private int position;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "handed_on", nullable = false)
    private LocalDate handedOn;

    protected Handover() {
        // for JPA
    }

    Handover(Episode episode, int position, long personId, LocalDate handedOn) {
        this.episode = episode;
        this.position = position;
        this.personId = personId;
        this.handedOn = handedOn;
    }

    public long personId() {
        return personId;
    }

    public LocalDate handedOn() {
        return handedOn;
    }

    int position() {
        return position;
    }
}
