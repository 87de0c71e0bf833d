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

/** One step of an episode's phase history: the phase (by its code) and the day it was entered. Never changed. */
@Entity
@Table(name = "episode_phase")
public class PhaseEntry extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "episode_id", nullable = false)
    private Episode episode;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String phase;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    protected PhaseEntry() {
        // for JPA
    }

    PhaseEntry(Episode episode, int position, String phase, LocalDate enteredOn) {
        this.episode = episode;
        this.position = position;
        this.phase = phase;
        this.enteredOn = enteredOn;
    }

    public String phase() {
        return phase;
    }

    public LocalDate enteredOn() {
        return enteredOn;
    }

    int position() {
        return position;
    }
}
