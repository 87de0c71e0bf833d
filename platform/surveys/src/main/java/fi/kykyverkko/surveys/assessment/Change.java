package fi.kykyverkko.surveys.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The change between a person's first and latest measurement of one score, in three classes. The rule: a change of at
 * least the score's minimal important difference up is improved, as much down is worse, anything smaller unchanged.
 * WHO-5's wellbeing index (0–100): 10 points, the difference the index's literature calls clinically relevant; its raw
 * score (0–25): 3 points; the Work Ability Score (0–10): 2 points; any other score: {@link #DEFAULT_DIFFERENCE}.
 * Every score of the shipped instruments is "higher is better".
 */
public enum Change {
    IMPROVED, UNCHANGED, WORSE;

    public static final BigDecimal DEFAULT_DIFFERENCE = BigDecimal.ONE;

    static final Map<String, BigDecimal> DIFFERENCES = Map.of(
            "who-5/wellbeing", BigDecimal.TEN,
            "who-5/raw", new BigDecimal(3),
            "work-ability-score/work-ability", new BigDecimal(2));

    /** The smallest change that counts for {@code scoreCode} of {@code instrumentCode}. */
    public static BigDecimal difference(String instrumentCode, String scoreCode) {
        return DIFFERENCES.getOrDefault(instrumentCode + "/" + scoreCode, DEFAULT_DIFFERENCE);
    }

    public static Change between(BigDecimal first, BigDecimal later, BigDecimal difference) {
        BigDecimal delta = later.subtract(first);
        if (delta.compareTo(difference) >= 0) {
            return IMPROVED;
        }
        if (delta.negate().compareTo(difference) >= 0) {
            return WORSE;
        }
        return UNCHANGED;
    }

    public static Change between(String instrumentCode, String scoreCode, BigDecimal first, BigDecimal later) {
        return between(first, later, difference(instrumentCode, scoreCode));
    }

    public String labelKey() {
        return "assessment.change." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
