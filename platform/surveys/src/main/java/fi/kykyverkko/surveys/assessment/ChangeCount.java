package fi.kykyverkko.surveys.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Aggregated change per service: each person with at least two answered values of the score in the service is
 * counted once, by the change from their first value to their latest ({@link Change}). People with one value only
 * are counted apart: they are not in the denominator, which is the people with both.
 */
public record ChangeCount(long serviceId, int improved, int unchanged, int worse, int onlyOne) {

    /** The denominator: people with a first and a later measurement. */
    public int people() {
        return improved + unchanged + worse;
    }

    public static List<ChangeCount> perService(List<Observation> observations, String instrumentCode, String scoreCode) {
        Map<Long, Map<Long, List<Observation>>> byService = observations.stream().collect(Collectors.groupingBy(
                Observation::serviceId, TreeMap::new, Collectors.groupingBy(Observation::clientId)));
        List<ChangeCount> counts = new ArrayList<>();
        byService.forEach((service, people) -> {
            Map<Change, Integer> classes = new EnumMap<>(Change.class);
            int onlyOne = 0;
            for (List<Observation> own : people.values()) {
                if (own.size() < 2) {
                    onlyOne++;
                    continue;
                }
                List<Observation> inOrder = own.stream().sorted(Comparator.comparing(Observation::answeredAt)).toList();
                Change change = Change.between(instrumentCode, scoreCode, inOrder.get(0).value(), inOrder.get(inOrder.size() - 1).value());
                classes.merge(change, 1, Integer::sum);
            }
            counts.add(new ChangeCount(service, classes.getOrDefault(Change.IMPROVED, 0), classes.getOrDefault(Change.UNCHANGED, 0),
                    classes.getOrDefault(Change.WORSE, 0), onlyOne));
        });
        return counts;
    }
}
