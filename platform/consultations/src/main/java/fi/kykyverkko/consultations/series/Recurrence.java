package fi.kykyverkko.consultations.series;

import fi.kykyverkko.kernel.domain.Labelled;

/** How a series' sessions come: every week, every other week from its first date, or one by one (ad hoc). */
public enum Recurrence implements Labelled {
    WEEKLY(7), EVERY_OTHER_WEEK(14), AD_HOC(0);

    private final int stepDays;

    Recurrence(int stepDays) {
        this.stepDays = stepDays;
    }

    /** Days between two sessions; 0 for ad hoc. */
    public int stepDays() {
        return stepDays;
    }

    @Override
    public String labelKey() {
        return "consultations.recurrence." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
