package fi.kykyverkko.clients.episodes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One step of an episode's phase history: the phase (by its code) and the day it was entered. Never changed. */
@Entity
@Table(name = "episode_phase")
public class PhaseEntry extends EpisodeHistoryEntry {

    @Column(nullable = false)
    private String phase;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    protected PhaseEntry() {
        // for JPA
    }

    PhaseEntry(Episode episode, int position, String phase, LocalDate enteredOn) {
        super(episode, position);
        this.phase = phase;
        this.enteredOn = enteredOn;
    }

    public String phase() {
        return phase;
    }

    public LocalDate enteredOn() {
        return enteredOn;
    }
}
