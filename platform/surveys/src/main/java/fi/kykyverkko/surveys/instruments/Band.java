package fi.kykyverkko.surveys.instruments;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A range of a score with its meaning: the bands of a rule are in ascending order, each covering the values up to and
 * including {@code upTo} that no earlier band covers; the last band has no {@code upTo} and covers the rest, so
 * every score falls into exactly one band.
 */
public record Band(BigDecimal upTo, String code, FourLanguageText label) {

    public Band {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    public boolean covers(BigDecimal value) {
        return upTo == null || value.compareTo(upTo) <= 0;
    }
}
