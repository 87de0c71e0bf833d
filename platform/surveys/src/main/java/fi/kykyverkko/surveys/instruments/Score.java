package fi.kykyverkko.surveys.instruments;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A computed score: the rule's code, the value (empty when too few items were answered to give one), its band
 * (empty without a value or when the rule has no bands) and how many items counted.
 */
public record Score(String code, Optional<BigDecimal> value, Optional<Band> band, int counted) {

    public boolean hasValue() {
        return value.isPresent();
    }

    /** The band's code, or empty. */
    public Optional<String> bandCode() {
        return band.map(Band::code);
    }
}
