package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ItemType;
import fi.kykyverkko.surveys.instruments.ScoreRule;
import java.math.BigDecimal;

/**
 * The lowest and highest value a score can take, from its rule: the sum or mean of the counted scale values, then the
 * transform (WHO-5 wellbeing: 0–25 × 4 = 0–100). The chart's axis; a negative factor swaps the ends.
 */
public record ScoreRange(BigDecimal min, BigDecimal max) {

    public static ScoreRange of(InstrumentDefinition definition, ScoreRule rule) {
        BigDecimal sumLow = BigDecimal.ZERO;
        BigDecimal sumHigh = BigDecimal.ZERO;
        BigDecimal eachLow = null;
        BigDecimal eachHigh = null;
        for (String key : rule.items()) {
            ItemType scale = definition.itemOf(key).orElseThrow().scaleOf(key);
            BigDecimal min = BigDecimal.valueOf(scale.scaleValues().stream().filter(scale::countsInScores).mapToInt(Integer::intValue).min().orElse(0));
            BigDecimal max = BigDecimal.valueOf(scale.scaleValues().stream().mapToInt(Integer::intValue).max().orElse(0));
            sumLow = sumLow.add(min);
            sumHigh = sumHigh.add(max);
            eachLow = eachLow == null ? min : eachLow.min(min);
            eachHigh = eachHigh == null ? max : eachHigh.max(max);
        }
        boolean mean = rule.method() == ScoreRule.Method.MEAN;
        BigDecimal low = mean ? eachLow : sumLow;
        BigDecimal high = mean ? eachHigh : sumHigh;
        BigDecimal a = low.multiply(rule.multiply()).add(rule.add());
        BigDecimal b = high.multiply(rule.multiply()).add(rule.add());
        return a.compareTo(b) <= 0 ? new ScoreRange(a, b) : new ScoreRange(b, a);
    }
}
