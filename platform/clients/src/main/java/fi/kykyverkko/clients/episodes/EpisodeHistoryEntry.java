package fi.kykyverkko.clients.episodes;

import fi.kykyverkko.kernel.domain.TenantRow;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A dated line of an episode's history (phases, handovers): its episode and its place in the history. Never changed. */
@MappedSuperclass
abstract class EpisodeHistoryEntry extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "episode_id", nullable = false)
    private Episode episode;

    @Column(nullable = false)
    private int position;

    protected EpisodeHistoryEntry() {
        // for JPA
    }

    EpisodeHistoryEntry(Episode episode, int position) {
        this.episode = episode;
        this.position = position;
    }

    int position() {
        return position;
    }
}
