package fi.kykyverkko.surveys.instruments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one score of an instrument is computed: the sum or the mean of some items' answers (a total, or a subscale
 * over a named group of items), then {@code value * multiply + add}, then its band.
 *
 * <p>Reproducible arithmetic: answers are integers, the transform's factors exact decimals, and the only rounding is
 * the last step, to {@value #DECIMALS} decimal, {@link RoundingMode#HALF_UP}. A mean is computed as
 * {@code (sum * multiply + add * n) / n}, so it is rounded once, not once for the mean and again for the transform.
 * Answers a scale does not count (0 = not relevant) and unanswered items are left out; with fewer than
 * {@code minAnswered} counted answers there is no score.
 */
public record ScoreRule(String code, Method method, List<String> items, int minAnswered, BigDecimal multiply, BigDecimal add,
                        List<Band> bands) {

    public static final int DECIMALS = 1;

    public enum Method { SUM, MEAN }

    public ScoreRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(method, "method");
        items = List.copyOf(items);
        bands = List.copyOf(bands);
        multiply = multiply == null ? BigDecimal.ONE : multiply;
        add = add == null ? BigDecimal.ZERO : add;
        if (minAnswered < 1 || minAnswered > items.size()) {
            throw new IllegalArgumentException("minAnswered must be 1.." + items.size() + ": " + code);
        }
    }

    /** The score of {@code answers} (already validated against {@code definition}). */
    public Score score(InstrumentDefinition definition, AnswerSet answers) {
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        for (String key : items) {
            Optional<Integer> value = answers.single(key).map(Integer::valueOf);
            if (value.isPresent() && definition.scaleOf(key).countsInScores(value.get())) {
                sum = sum.add(BigDecimal.valueOf(value.get()));
                counted++;
            }
        }
        if (counted < minAnswered) {
            return new Score(code, Optional.empty(), Optional.empty(), counted);
        }
        BigDecimal n = BigDecimal.valueOf(method == Method.MEAN ? counted : 1);
        BigDecimal value = sum.multiply(multiply).add(add.multiply(n)).divide(n, DECIMALS, RoundingMode.HALF_UP);
        return new Score(code, Optional.of(value), bands.stream().filter(b -> b.covers(value)).findFirst(), counted);
    }
}
