package fi.kykyverkko.clients.episodes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One handover of an episode: from this day, this networks person is responsible. Never changed. */
@Entity
@Table(name = "episode_handover")
public class Handover extends EpisodeHistoryEntry {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "handed_on", nullable = false)
    private LocalDate handedOn;

    protected Handover() {
        // for JPA
    }

    Handover(Episode episode, int position, long personId, LocalDate handedOn) {
        super(episode, position);
        this.personId = personId;
        this.handedOn = handedOn;
    }

    public long personId() {
        return personId;
    }

    public LocalDate handedOn() {
        return handedOn;
    }
}
