package fi.kykyverkko.kernel.links;

import java.time.Duration;

/** Too many failed link attempts from one caller in one region: nothing was looked up; try again after the wait. */
public class GuessesRefusedException extends RuntimeException {

    private final Duration retryAfter;

    public GuessesRefusedException(Duration retryAfter) {
        super("too many failed link attempts; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    /** For an HTTP 429 {@code Retry-After}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
