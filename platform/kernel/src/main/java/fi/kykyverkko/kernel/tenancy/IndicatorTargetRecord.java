package fi.kykyverkko.kernel.tenancy;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.tenancy.TenantDefinition.Scale;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A region's target for one indicator, kept in the region's own schema (reachable only through {@link TenantData}). */
@Entity
@Table(name = "indicator_target")
public class IndicatorTargetRecord extends TenantRow {

    @Id
    private String indicator;

    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal target;

    @Column(nullable = false)
    private String scale;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected IndicatorTargetRecord() {
        // for JPA
    }

    public IndicatorTargetRecord(String indicator, BigDecimal target, Scale scale, Instant now) {
        this.indicator = indicator;
        set(target, scale, now);
    }

    public void set(BigDecimal target, Scale scale, Instant now) {
        if (!scale.contains(target)) {
            throw new IllegalArgumentException(target + " is outside the " + scale.key() + " scale");
        }
        this.target = target;
        this.scale = scale.key();
        this.updatedAt = now;
    }

    public String indicator() {
        return indicator;
    }

    public BigDecimal target() {
        return target;
    }

    public Scale scale() {
        return Scale.byKey(scale);
    }
}
