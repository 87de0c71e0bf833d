package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One stored point of a region's schedule ({@link SchedulePoint} as a row): region-wide when {@code serviceCode} is
 * null, else for that service alone. A region without rows measures by {@link Schedule#DEFAULT}.
 */
@Entity
@Table(name = "assessment_schedule")
public class ScheduleEntry extends Stamped {

    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "point_code", nullable = false)
    private String pointCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Anchor anchor;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    @Column(name = "instrument_code", nullable = false)
    private String instrumentCode;

    @Column(nullable = false)
    private int position;

    protected ScheduleEntry() {
        // for JPA
    }

    public ScheduleEntry(String serviceCode, SchedulePoint point, int position) {
        this.serviceCode = Problems.clean(serviceCode);
        this.pointCode = point.code();
        this.anchor = point.anchor();
        this.offsetDays = point.offsetDays();
        this.instrumentCode = point.instrumentCode();
        this.position = position;
    }

    public SchedulePoint point() {
        return new SchedulePoint(pointCode, anchor, offsetDays, instrumentCode);
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().code("pointCode", pointCode).required("anchor", anchor).code("instrumentCode", instrumentCode);
        if (serviceCode != null) {
            problems.code("serviceCode", serviceCode);
        }
        return problems;
    }
}
