package fi.kykyverkko.clients.caseloads;

import java.util.Optional;

/**
 * What taking one more episode would do to a person's caseload in a service: fine, reaching the cap (a warning), or
 * going over it (refused unless a manager overrides, and the override is recorded).
 *
 * @param open the open episodes the person is responsible for in the service now
 * @param cap  the service's cap, empty when it has none
 */
public record CaseloadCheck(long open, Optional<Integer> cap) {

    public enum Outcome { FINE, REACHES_CAP, OVER_CAP }

    public Outcome withOneMore() {
        if (cap.isEmpty() || open + 1 < cap.get()) {
            return Outcome.FINE;
        }
        return open + 1 == cap.get() ? Outcome.REACHES_CAP : Outcome.OVER_CAP;
    }
}
