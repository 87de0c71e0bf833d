package fi.kykyverkko.surveys.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading definitions: a good one gives every part, a broken one lists every problem with its path. */
class DefinitionParserTest {

    @Test
    void aGoodDefinitionGivesItsItemsConditionsAndScores() {
        InstrumentDefinition definition = TestDefinitions.definition("""
                {"id": "works", "type": "YES_NO_CANT_SAY", "required": true, "text": TEXT},
                {"id": "hours", "type": "NUMBER", "min": 0, "max": 60, "text": TEXT, "showIf": {"item": "works", "values": ["yes"]}},
                {"id": "grid", "type": "MATRIX", "scale": "AGREEMENT_1_5", "text": TEXT, "rows": [{"id": "a", "text": TEXT}, {"id": "b", "text": TEXT}]}
                """, """
                {"code": "grid", "method": "mean", "items": ["grid.a", "grid.b"], "minAnswered": 1}
                """);
        assertEquals(List.of("works", "hours", "grid"), definition.items().stream().map(Item::id).toList());
        Item hours = definition.item("hours").orElseThrow();
        assertEquals(new ShowIf("works", java.util.Set.of("yes")), hours.showIf());
        assertEquals(new BigDecimal("60"), hours.max());
        assertEquals(List.of("grid.a", "grid.b"), definition.item("grid").orElseThrow().answerKeys());
        assertEquals(ScoreRule.Method.MEAN, definition.scores().get(0).method());
        assertEquals("q", definition.name().en());
    }

    @Test
    void aDefinitionWithThreeProblemsListsAllThreeWithTheirPaths() {
        ParsedDefinition parsed = TestDefinitions.parse("""
                {"format": 1, "code": "broken", "version": 0, "name": TEXT, "items": [
                  {"id": "a", "type": "AGREEMENT_1_5", "text": TEXT},
                  {"id": "b", "type": "AGREEMENT_1_5", "text": {"fi": "k", "en": "q", "fi-plain": "s"}},
                  {"id": "c", "type": "LIKERT_7", "text": TEXT}
                ]}
                """);
        assertTrue(parsed.definition().isEmpty());
        assertEquals(List.of(
                new DefinitionProblem("version", "instrument.version.too-small"),
                new DefinitionProblem("items[1].text.sv", "instrument.text.missing-language"),
                new DefinitionProblem("items[2].type", "instrument.item.unknown-type")), parsed.problems());
    }

    @Test
    void everyMissingLanguageIsItsOwnProblemWhereverTheTextIs() {
        ParsedDefinition parsed = TestDefinitions.parse("""
                {"format": 1, "code": "langs", "version": 1, "name": {"fi": "k", "sv": "f", "en": "q"}, "items": [
                  {"id": "pick", "type": "SINGLE_CHOICE", "text": TEXT, "options": [{"code": "x", "label": {"fi": "", "sv": "f", "en": "q", "fi-plain": "s"}}]}
                ], "scores": []}
                """);
        assertEquals(List.of(
                new DefinitionProblem("name.fi-plain", "instrument.text.missing-language"),
                new DefinitionProblem("items[0].options[0].label.fi", "instrument.text.missing-language")), parsed.problems());
    }

    @Test
    void itemRulesAreCheckedPerType() {
        ParsedDefinition parsed = TestDefinitions.parse("""
                {"format": 1, "code": "items", "version": 1, "name": TEXT, "items": [
                  {"id": "a", "type": "SECTION", "required": true, "text": TEXT},
                  {"id": "a", "type": "SINGLE_CHOICE", "text": TEXT, "options": []},
                  {"id": "t", "type": "FREE_TEXT", "text": TEXT},
                  {"id": "n", "type": "NUMBER", "min": 5, "max": 1, "text": TEXT},
                  {"id": "m", "type": "MATRIX", "scale": "FREE_TEXT", "text": TEXT, "rows": []},
                  {"id": "later", "type": "FREE_TEXT", "maxLength": 10, "text": TEXT, "showIf": {"item": "z", "values": ["1"]}},
                  {"id": "z", "type": "SMILEYS_3", "text": TEXT},
                  {"id": "txt", "type": "FREE_TEXT", "maxLength": 10, "text": TEXT},
                  {"id": "on-text", "type": "SMILEYS_3", "text": TEXT, "showIf": {"item": "txt", "values": ["x"]}}
                ]}
                """);
        assertEquals(List.of(
                new DefinitionProblem("items[0].required", "instrument.item.section-required"),
                new DefinitionProblem("items[1].id", "instrument.item.duplicate-id"),
                new DefinitionProblem("items[1].options", "instrument.item.options-missing"),
                new DefinitionProblem("items[2].maxLength", "instrument.field.missing"),
                new DefinitionProblem("items[3].max", "instrument.item.range-reversed"),
                new DefinitionProblem("items[4].scale", "instrument.item.row-scale-invalid"),
                new DefinitionProblem("items[4].rows", "instrument.item.rows-missing"),
                new DefinitionProblem("items[5].showIf.item", "instrument.item.show-if-unknown-item"),
                new DefinitionProblem("items[8].showIf.item", "instrument.item.show-if-unsuitable")), parsed.problems());
    }

    @Test
    void scoreRulesNameScaleAnswersAndHaveAscendingBandsEndingOpen() {
        ParsedDefinition parsed = TestDefinitions.parse("""
                {"format": 1, "code": "scores", "version": 1, "name": TEXT, "items": [
                  {"id": "s", "type": "RATING_0_10", "text": TEXT},
                  {"id": "t", "type": "FREE_TEXT", "maxLength": 10, "text": TEXT}
                ], "scores": [
                  {"code": "x", "method": "median", "items": ["s"]},
                  {"code": "y", "method": "sum", "items": ["t", "nope"], "minAnswered": 3},
                  {"code": "z", "method": "sum", "items": ["s"], "bands": [
                    {"upTo": 5, "code": "low", "label": TEXT}, {"upTo": 4, "code": "mid", "label": TEXT}, {"upTo": 9, "code": "high", "label": TEXT}]}
                ]}
                """);
        assertEquals(List.of(
                new DefinitionProblem("scores[0].method", "instrument.score.unknown-method"),
                new DefinitionProblem("scores[1].items[0]", "instrument.score.not-a-scale"),
                new DefinitionProblem("scores[1].items[1]", "instrument.score.unknown-item"),
                new DefinitionProblem("scores[1].minAnswered", "instrument.score.min-answered-invalid"),
                new DefinitionProblem("scores[2].bands[1].upTo", "instrument.band.not-ascending"),
                new DefinitionProblem("scores[2].bands[2].upTo", "instrument.band.last-has-limit")), parsed.problems());
    }

    @Test
    void notJsonAnotherFormatAndMissingFieldsAreReported() {
        assertEquals(List.of(new DefinitionProblem("", "instrument.json.malformed")), DefinitionParser.parse("{\"code\": ").problems());
        assertEquals(List.of(new DefinitionProblem("", "instrument.json.malformed")), DefinitionParser.parse("[1, 2]").problems());
        assertEquals(List.of(new DefinitionProblem("items", "instrument.items.empty")),
                TestDefinitions.parse("{\"format\": 1, \"code\": \"empty\", \"version\": 1, \"name\": TEXT, \"items\": []}").problems());
        assertEquals(List.of(
                new DefinitionProblem("format", "instrument.format.unsupported"),
                new DefinitionProblem("code", "instrument.code.invalid"),
                new DefinitionProblem("version", "instrument.field.missing"),
                new DefinitionProblem("name", "instrument.field.missing"),
                new DefinitionProblem("items", "instrument.field.missing")),
                DefinitionParser.parse("{\"format\": 2, \"code\": \"Not A Code\"}").problems());
    }
}
