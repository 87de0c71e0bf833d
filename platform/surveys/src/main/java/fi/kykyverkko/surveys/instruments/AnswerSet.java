package fi.kykyverkko.surveys.instruments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One respondent's answers: answer key (an item id, or {@code item.row} for a matrix row) to the value or values
 * given. Values are kept as the strings a form sends (scale numbers, option codes, text, ISO dates); blank values and
 * empty lists mean "not answered" and are dropped, so "answered" has one meaning everywhere.
 */
public record AnswerSet(Map<String, List<String>> values) {

    public AnswerSet {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        values.forEach((key, given) -> {
            List<String> nonBlank = given.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (!nonBlank.isEmpty()) {
                kept.put(key, nonBlank);
            }
        });
        values = java.util.Collections.unmodifiableMap(kept);
    }

    /** Answers of one value each, given as key, value, key, value, … */
    public static AnswerSet of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], List.of(keysAndValues[i + 1]));
        }
        return new AnswerSet(values);
    }

    /** These answers and {@code key} answered with {@code given} (several for a multiple choice). */
    public AnswerSet with(String key, String... given) {
        Map<String, List<String>> more = new LinkedHashMap<>(values);
        more.put(key, List.of(given));
        return new AnswerSet(more);
    }

    public List<String> valuesOf(String key) {
        return values.getOrDefault(key, List.of());
    }

    public boolean answered(String key) {
        return values.containsKey(key);
    }

    /** The answer when exactly one value was given. */
    public Optional<String> single(String key) {
        List<String> given = valuesOf(key);
        return given.size() == 1 ? Optional.of(given.get(0)) : Optional.empty();
    }

    public Set<String> keys() {
        return values.keySet();
    }
}
