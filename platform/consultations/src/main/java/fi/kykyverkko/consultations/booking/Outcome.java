package fi.kykyverkko.consultations.booking;

import fi.kykyverkko.kernel.domain.Labelled;

/** What came of a case: solved in the consultation, referred to the team, to a catalogue service, needs an assessment, other. */
public enum Outcome implements Labelled {
    SOLVED, REFER_TO_TEAM, REFER_TO_SERVICE, NEEDS_ASSESSMENT, OTHER;

    @Override
    public String labelKey() {
        return "consultations.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
