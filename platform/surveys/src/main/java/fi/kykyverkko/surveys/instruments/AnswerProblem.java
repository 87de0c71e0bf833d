package fi.kykyverkko.surveys.instruments;

/** One thing wrong in a set of answers: the item (or matrix row, {@code item.row}) and a key of {@code i18n/surveys}. */
public record AnswerProblem(String item, String key) {
}
