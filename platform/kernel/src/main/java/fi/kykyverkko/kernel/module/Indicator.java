package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure a module can compute for a period, for dashboards and funder reports (the reports module reads
 * every module's indicators). A rate states what it counts and out of what (BRIEF lesson 8): a plain count
 * has no denominator.
 */
public interface Indicator {

    /** Stable id, prefixed with the module id, e.g. {@code networks.events-held}. */
    String id();

    LocalizedText name();

    /** What is counted, e.g. "events held". */
    LocalizedText numerator();

    /** Out of what, for a rate; null for a plain count. */
    default LocalizedText denominator() {
        return null;
    }

    /** The value for {@code tenant} over [{@code from}, {@code until}) in Europe/Helsinki dates. */
    BigDecimal value(TenantId tenant, LocalDate from, LocalDate until);
}
