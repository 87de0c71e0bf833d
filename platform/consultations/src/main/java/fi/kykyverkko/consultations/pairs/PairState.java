package fi.kykyverkko.consultations.pairs;

import fi.kykyverkko.kernel.domain.Labelled;

/** Where a pair consultation is: requested, accepted or declined by the consultant, held and logged. */
public enum PairState implements Labelled {
    REQUESTED, ACCEPTED, DECLINED, HELD;

    @Override
    public String labelKey() {
        return "consultations.pair.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
