package fi.kykyverkko.consultations.booking;

import fi.kykyverkko.kernel.domain.Labelled;

/**
 * Why a case is brought, as Lapland's consultation hour listed them (seed: "Asiakkaan asian voi tuoda tilannearvioon,
 * kun ...") and "other".
 */
public enum Reason implements Labelled {
    UNSURE_HOW_TO_PROCEED, SERVICE_GUIDANCE, WOULD_TEAM_HELP, ILLNESS_OR_HEALTH_CARE, WOULD_SOCIAL_SERVICES_HELP,
    ASSESSMENT_NEEDED, OTHER;

    @Override
    public String labelKey() {
        return "consultations.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
