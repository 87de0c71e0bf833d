package fi.kykyverkko.consultations.booking;

import fi.kykyverkko.kernel.domain.Labelled;

/** What came of a case: solved in the consultation, referred to the team, to a catalogue service, needs an assessment, other. */
public enum Outcome implements Labelled {
    SOLVED, REFER_TO_TEAM, REFER_TO_SERVICE, NEEDS_ASSESSMENT, OTHER;

    /** The longest handling time recorded, in minutes. */
    public static final int MAX_MINUTES = 600;

    /**
     * The rules of what is recorded with an outcome, the same for a case and a pair consultation: an outcome is given,
     * a referral to a service names the catalogue service (and only then one is named), the handling time is
     * 0–{@value #MAX_MINUTES} minutes. Refuses with the field and reason of the first rule broken.
     */
    public static void requireRecordable(Outcome outcome, Long serviceId, Integer minutes) {
        if (outcome == null) {
            fi.kykyverkko.kernel.domain.Problems.refuse("outcome", "validation.required");
        }
        if ((outcome == REFER_TO_SERVICE) != (serviceId != null)) {
            fi.kykyverkko.kernel.domain.Problems.refuse("outcomeService", "consultations.case.service-with-referral");
        }
        if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
            fi.kykyverkko.kernel.domain.Problems.refuse("handlingMinutes", "consultations.case.minutes", 0, MAX_MINUTES);
        }
    }

    @Override
    public String labelKey() {
        return "consultations.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
