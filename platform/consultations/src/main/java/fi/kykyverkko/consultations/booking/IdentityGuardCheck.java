package fi.kykyverkko.consultations.booking;

import fi.kykyverkko.kernel.guard.IdentityGuard;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The kernel's identity guard as a case text check: identity codes, phone numbers, e-mail and street addresses and
 * the names of the region's client register, each with where it is and the key that says why.
 */
@ApplicationScoped
public class IdentityGuardCheck implements CaseTextCheck {

    @Inject
    IdentityGuard guard;

    @Override
    public List<Finding> check(TenantId tenant, String field, String text) {
        return guard.check(tenant, text).stream().map(f -> new Finding(field, f.key(), f.start(), f.end())).toList();
    }
}
