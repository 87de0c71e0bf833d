package fi.kykyverkko.consultations.booking;

import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.List;

/**
 * What checks a case's question and description for anything that identifies a client before it is stored (identity
 * codes, phone numbers, e-mail and street addresses, names from the region's client register). The kernel's identity
 * guard ({@code fi.kykyverkko.kernel.guard.IdentityGuard}) is one ({@link IdentityGuardCheck}); every bean of this type
 * runs. Should none be deployed, {@link Bookings} refuses every booking ({@code consultations.case.guard-missing}): no
 * case text is stored unchecked.
 */
public interface CaseTextCheck {

    /** One thing found: the field it is in ({@code question} or {@code description}), a translation key saying why, and where. */
    record Finding(String field, String key, int start, int end) {
    }

    /** Everything in {@code text} (of the form field {@code field}) that could identify a client; empty when it may be stored. */
    List<Finding> check(TenantId tenant, String field, String text);
}
