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

    /** The phase an episode is in once ended. */
    public boolean ends() {
        return Episode.ENDED.equals(getCode());
    }

    @Override
    public Problems check() {
        return name.check(new Problems().code("code", getCode()), "name", true, 200);
    }

    public MultilingualText getName() { return name; }
    public int getPosition() { return position; }
}
