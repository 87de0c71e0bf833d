package fi.kykyverkko.clients.referrals;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.Locale;

/** Where a referral came from, as Lapland's referral table counts them. Stored by name: never rename a constant. */
public enum SourceType implements Labelled {
    SOCIAL_SERVICES, DISABILITY_SERVICES, TE_SERVICES, MUNICIPAL_EMPLOYMENT_PILOT, HEALTH_CARE, EDUCATIONAL_INSTITUTION,
    SELF, OTHER;

    @Override
    public String labelKey() {
        return "clients.source." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
