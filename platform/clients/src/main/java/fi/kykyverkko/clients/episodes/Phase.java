package fi.kykyverkko.clients.episodes;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.domain.Problems;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One phase of the region's clienthood path, in its place in the list. Episodes store the code, so a region may
 * rename a phase without touching any history; the migration gives every region the default path.
 */
@Entity
@Table(name = "clienthood_phase")
public class Phase extends Coded {

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fi", column = @Column(name = "name_fi")),
            @AttributeOverride(name = "sv", column = @Column(name = "name_sv")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private MultilingualText name = MultilingualText.EMPTY;

    @Column(nullable = false)
    private int position;

    protected Phase() {
        // for JPA
    }

    public Phase(String code, MultilingualText name, int position) {
        setCode(code);
        this.name = name == null ? MultilingualText.EMPTY : name;
        this.position = position;
    }

    /** A new phase of the region, not yet in its place: {@link PhaseOrder#add} puts it before "ended". */
    public Phase(String code, MultilingualText name) {
        this(code, name, 0);
    }

    /** The phase an episode is in once ended. */
    public boolean ends() {
        return Episode.ENDED.equals(getCode());
    }

    /**
     * The code is what every episode's history stores, so once stored it never changes (a renamed code would leave
     * the histories naming a phase that no longer exists); {@link #rename} changes what people read.
     */
    @Override
    public void setCode(String code) {
        if (getId() != null && !java.util.Objects.equals(getCode(), Problems.clean(code))) {
            Problems.refuse("code", "clients.settings.code-fixed");
        }
        super.setCode(code);
    }

    /** New names in three languages; the code and the histories stay. */
    public void rename(MultilingualText name) {
        this.name = name == null ? MultilingualText.EMPTY : name;
    }

    /**
     * Moves the phase to {@code position} (1 = first) in the region's list. "Ended" is refused: it is always last, and
     * {@link PhaseOrder} keeps it there as phases are added.
     */
    public void moveTo(int position) {
        if (ends()) {
            Problems.refuse("position", "clients.settings.phase.ended-fixed");
        }
        if (position < 1) {
            Problems.refuse("position", "clients.settings.phase.position");
        }
        this.position = position;
    }

    /** Puts "ended" after the other phases; only {@link PhaseOrder} calls this, after counting them. */
    void placeLast(int position) {
        if (!ends()) {
            throw new IllegalStateException("only the ended phase is placed last");
        }
        this.position = position;
    }

    @Override
    public Problems check() {
        return name.check(new Problems().code("code", getCode()), "name", true, 200);
    }

    public MultilingualText getName() { return name; }
    public int getPosition() { return position; }
}
