package fi.kykyverkko.surveys.instruments;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What kind of answer an item takes. The scales know their values themselves, so every instrument using a scale
 * means the same by it; the other kinds take their limits (options, length, range, rows) from the item.
 *
 * <p>WHO-5 has a type of its own ({@code WHO5_0_5}) rather than a generic scale with a minimum and maximum in the
 * definition: the index is licensed with that exact 0–5 scale, and a fixed type keeps every scale's meaning in one
 * place, as the other standard scales here.
 */
public enum ItemType {
    AGREEMENT_1_5(1, 5, null),
    /** 1–4, and 0 = "not relevant to me", which is a real answer but never counts in a sum or a mean. */
    RELEVANCE_1_4_NA0(0, 4, 0),
    FREQUENCY_0_6(0, 6, null),
    RATING_0_10(0, 10, null),
    /** The Finnish school grade. */
    GRADE_4_10(4, 10, null),
    /** 1 = unhappy, 2 = neutral, 3 = happy face. */
    SMILEYS_3(1, 3, null),
    WHO5_0_5(0, 5, null),
    YES_NO_CANT_SAY,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    FREE_TEXT,
    NUMBER,
    DATE,
    /** Several rows answered on one shared scale (one of the numeric scales above). */
    MATRIX,
    /** A heading between items; it takes no answer. */
    SECTION;

    /** The stored answers of {@link #YES_NO_CANT_SAY}. */
    public static final List<String> YES_NO_CANT_SAY_VALUES = List.of("yes", "no", "cant-say");

    private final Integer min;
    private final Integer max;
    private final Integer notCounted;

    ItemType() {
        this(null, null, null);
    }

    ItemType(Integer min, Integer max, Integer notCounted) {
        this.min = min;
        this.max = max;
        this.notCounted = notCounted;
    }

    /** A numeric scale with values fixed by the type (the rows of a matrix use one of these). */
    public boolean isScale() {
        return min != null;
    }

    /** The values a scale allows, in order; empty for the other types. */
    public List<Integer> scaleValues() {
        return isScale() ? IntStream.rangeClosed(min, max).boxed().toList() : List.of();
    }

    /** Whether a scale answer is left out of sums and means (0 = not relevant). */
    public boolean countsInScores(int value) {
        return notCounted == null || value != notCounted;
    }

    /** Whether an item of this type can be answered at all. */
    public boolean takesAnswer() {
        return this != SECTION;
    }
}
