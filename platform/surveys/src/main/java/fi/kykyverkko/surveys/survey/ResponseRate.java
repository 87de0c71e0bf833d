package fi.kykyverkko.surveys.survey;

/**
 * A response rate always with its numerator and denominator: "3/4". An open-link survey has no denominator
 * ({@code invited} is null): only the count of answers is known.
 */
public record ResponseRate(long answered, Long invited) {

    public String text() {
        return invited == null ? Long.toString(answered) : answered + "/" + invited;
    }

    /** The rate in whole percent, or -1 without a denominator (or with nobody invited). */
    public int percent() {
        return invited == null || invited == 0 ? -1 : (int) Math.round(100.0 * answered / invited);
    }
}
