package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.surveys.instruments.Score;
import java.math.BigDecimal;
import java.util.Optional;

/** A score as a measurement keeps it: the rule's code, the value (none when too few items counted) and the band's code. */
public record StoredScore(String code, BigDecimal value, String band) {

    public static StoredScore of(Score score) {
        return new StoredScore(score.code(), score.value().orElse(null), score.bandCode().orElse(null));
    }

    public Optional<BigDecimal> valueIfAny() {
        return Optional.ofNullable(value);
    }
}
