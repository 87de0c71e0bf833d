package fi.kykyverkko.surveys.instruments;

/** Small definitions written in the tests: {@code TEXT} standing alone in the JSON stands for a text in all four languages. */
final class TestDefinitions {

    static final String TEXT = "{\"fi\": \"k\", \"sv\": \"f\", \"en\": \"q\", \"fi-plain\": \"s\"}";

    private TestDefinitions() {
    }

    static ParsedDefinition parse(String json) {
        return DefinitionParser.parse(json.replaceAll("(?<![A-Z_])TEXT(?![A-Z_])", TEXT)); // not the TEXT of FREE_TEXT
    }

    /** A definition that must have no problems, with these items and scores (JSON array contents). */
    static InstrumentDefinition definition(String items, String scores) {
        ParsedDefinition parsed = parse("""
                {"format": 1, "code": "test", "version": 1, "name": TEXT, "items": [%s], "scores": [%s]}
                """.formatted(items, scores));
        return parsed.definition().orElseThrow(() -> new AssertionError("test definition has problems: " + parsed.problems()));
    }
}
