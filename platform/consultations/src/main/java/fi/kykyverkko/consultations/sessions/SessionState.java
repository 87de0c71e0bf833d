package fi.kykyverkko.consultations.sessions;

import fi.kykyverkko.kernel.domain.Labelled;

/** OPEN: bookable until its deadline, then held as booked; RELEASED: nobody booked, the experts' hour is free; HELD: done. */
public enum SessionState implements Labelled {
    OPEN, RELEASED, HELD;

    @Override
    public String labelKey() {
        return "consultations.session.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
