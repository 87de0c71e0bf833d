package fi.kykyverkko.surveys.instruments;

/**
 * One thing wrong in an instrument definition: where (a JSON path such as {@code items[3].text.sv}; empty for the
 * whole document) and what, as a key of the module's bundle {@code i18n/surveys}.
 */
public record DefinitionProblem(String path, String key) {
}
