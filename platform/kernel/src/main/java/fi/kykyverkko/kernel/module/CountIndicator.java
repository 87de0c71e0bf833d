package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A plain count as an {@link Indicator} (no denominator): what a module usually offers, stated in one line. */
public record CountIndicator(String id, LocalizedText name, LocalizedText numerator, Count count) implements Indicator {

    /** How many were counted for a tenant over [{@code from}, {@code until}). */
    @FunctionalInterface
    public interface Count {
        long of(TenantId tenant, LocalDate from, LocalDate until);
    }

    @Override
    public BigDecimal value(TenantId tenant, LocalDate from, LocalDate until) {
        return BigDecimal.valueOf(count.of(tenant, from, until));
    }
}
