package fi.kykyverkko.consultations.series;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One expert of a series' panel: a person of the networks module (by id) and the profession they bring to it. */
@Entity
@Table(name = "consultation_panel_member")
public class PanelMember extends Stamped {

    @Column(name = "series_id", nullable = false)
    private long seriesId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false)
    private String profession;

    protected PanelMember() {
        // JPA
    }

    public PanelMember(long seriesId, long personId, String profession) {
        this.seriesId = seriesId;
        this.personId = personId;
        this.profession = Problems.clean(profession);
    }

    @Override
    public Problems check() {
        return new Problems().required("profession", profession).maxLength("profession", profession, 200);
    }

    public long getSeriesId() { return seriesId; }
    public long getPersonId() { return personId; }
    public String getProfession() { return profession; }
    public void setProfession(String profession) { this.profession = Problems.clean(profession); }
}
