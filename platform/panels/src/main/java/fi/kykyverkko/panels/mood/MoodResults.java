package fi.kykyverkko.panels.mood;

import java.util.List;
import java.util.Map;

/**
 * A meeting's mood feedback: how many answered ({@code answers}, the denominator of every count) and, per question,
 * how many chose each smiley (1 = sad, 2 = neutral, 3 = happy), zeros included.
 */
public record MoodResults(long meetingId, int answers, Map<String, int[]> counts) {

    public static final List<String> ITEMS = List.of("meeting", "heard", "again");

    /** "6/8": how many of the answers chose {@code value} on {@code item}. */
    public String share(String item, int value) {
        return counts.get(item)[value - 1] + "/" + answers;
    }

    /** The mean of {@code item} (1–3) over the answers that gave it, or null with none. */
    public Double mean(String item) {
        int[] c = counts.get(item);
        int n = c[0] + c[1] + c[2];
        return n == 0 ? null : (c[0] + 2.0 * c[1] + 3.0 * c[2]) / n;
    }
}
