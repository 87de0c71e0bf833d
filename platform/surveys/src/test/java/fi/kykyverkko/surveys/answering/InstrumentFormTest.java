package fi.kykyverkko.surveys.answering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.DefinitionParser;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.Item;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentFormTest {

    private static final String T = "{\"fi\": \"Kysymys %1$s\", \"sv\": \"Fråga %1$s\", \"en\": \"Question %1$s\", \"fi-plain\": \"Selko %1$s\"}";

    private static String t(String id) {
        return T.formatted(id);
    }

    /** One item of every type, with a condition on a yes/no. */
    static InstrumentDefinition everyType() {
        String json = """
                {"format": 1, "code": "every", "version": 1, "name": %s, "items": [
                 {"id": "head", "type": "SECTION", "text": %s},
                 {"id": "works", "type": "YES_NO_CANT_SAY", "required": true, "text": %s},
                 {"id": "hours", "type": "NUMBER", "min": 0, "max": 60, "showIf": {"item": "works", "values": ["yes"]}, "text": %s},
                 {"id": "agree", "type": "AGREEMENT_1_5", "text": %s},
                 {"id": "rel", "type": "RELEVANCE_1_4_NA0", "text": %s},
                 {"id": "freq", "type": "FREQUENCY_0_6", "text": %s},
                 {"id": "rate", "type": "RATING_0_10", "text": %s},
                 {"id": "grade", "type": "GRADE_4_10", "text": %s},
                 {"id": "mood", "type": "SMILEYS_3", "text": %s},
                 {"id": "who", "type": "WHO5_0_5", "text": %s},
                 {"id": "one", "type": "SINGLE_CHOICE", "options": [{"code": "a", "label": %s}, {"code": "b", "label": %s}], "text": %s},
                 {"id": "many", "type": "MULTIPLE_CHOICE", "options": [{"code": "x", "label": %s}, {"code": "y", "label": %s}], "text": %s},
                 {"id": "free", "type": "FREE_TEXT", "maxLength": 500, "text": %s},
                 {"id": "day", "type": "DATE", "text": %s},
                 {"id": "grid", "type": "MATRIX", "scale": "AGREEMENT_1_5", "rows": [{"id": "r1", "text": %s}, {"id": "r2", "text": %s}], "text": %s}
                ], "scores": []}
                """.formatted(t("name"), t("head"), t("works"), t("hours"), t("agree"), t("rel"), t("freq"), t("rate"), t("grade"), t("mood"),
                t("who"), t("a"), t("b"), t("one"), t("x"), t("y"), t("many"), t("free"), t("day"), t("r1"), t("r2"), t("grid"));
        var parsed = DefinitionParser.parse(json);
        return parsed.definition().orElseThrow(() -> new AssertionError(parsed.problems().toString()));
    }

    @Test
    void everyItemTypeIsRenderedWithItsFieldsAndScaleLabels() {
        String html = InstrumentForm.items(everyType(), new RespondTexts("fi"), new AnswerSet(Map.of()), Map.of());
        for (String field : List.of("a.works", "a.hours", "a.agree", "a.rel", "a.freq", "a.rate", "a.grade", "a.mood", "a.who", "a.one",
                "a.many", "a.free", "a.day", "a.grid.r1", "a.grid.r2")) {
            assertTrue(html.contains("name=\"" + field + "\""), field + " missing");
        }
        assertTrue(html.contains("<h2 class=\"section\" id=\"i-head\">Kysymys head</h2>"));
        assertTrue(html.contains("Täysin eri mieltä") && html.contains("Ei koske minua") && html.contains("Päivittäin"));
        assertTrue(html.contains("huonoin") && html.contains("paras") && html.contains("erinomainen"), "end points of 0–10 and 4–10");
        assertTrue(html.contains("type=\"checkbox\" id=\"f-many-x\""));
        assertTrue(html.contains("maxlength=\"500\""));
        assertTrue(html.contains("type=\"date\""));
        assertTrue(html.contains("En osaa sanoa"));
    }

    @Test
    void plainFinnishUsesTheItemsPlainTextsAndThePlainScaleLabels() {
        String html = InstrumentForm.items(everyType(), new RespondTexts("fi-plain"), new AnswerSet(Map.of()), Map.of());
        assertTrue(html.contains("Selko works"));
        assertFalse(html.contains("Kysymys works"));
        assertTrue(html.contains("Olen täysin eri mieltä"), "plain scale label");
        assertTrue(html.contains("Kerran viikossa"), "a label plain Finnish does not simplify comes from Finnish");
        assertTrue(InstrumentForm.items(everyType(), new RespondTexts("sv"), new AnswerSet(Map.of()), Map.of()).contains("Helt av annan åsikt"));
    }

    @Test
    void aConditionIsLiveInCssAndTheGivenAnswersAndProblemsAreShown() {
        InstrumentDefinition definition = everyType();
        assertTrue(InstrumentForm.css(definition, "#17496b")
                .contains("form:not(:has(:is(input[name=\"a.works\"][value=\"yes\"]:checked))) [id=\"i-hours\"]{display:none}"));
        String html = InstrumentForm.items(definition, new RespondTexts("en"), AnswerSet.of("agree", "4", "free", "<b>hi</b>"),
                Map.of("works", List.of("instrument.answer.required")));
        assertTrue(html.contains("id=\"f-agree-4\" name=\"a.agree\" value=\"4\" checked"));
        assertTrue(html.contains("&lt;b&gt;hi&lt;/b&gt;"), "text is escaped");
        assertTrue(html.contains("This question must be answered."));
        assertTrue(html.contains("<a href=\"#f-works\">Question works</a>"), "the summary links to the item");
    }

    @Test
    void postedFieldsBecomeAnswersAndHiddenItemsAreDropped() {
        InstrumentDefinition definition = everyType();
        AnswerSet posted = InstrumentForm.read(Map.of("a.works", new String[] {"no"}, "a.hours", new String[] {"20"},
                "a.many", new String[] {"x", "y"}, "submission", new String[] {"k"}, "a.free", new String[] {""}));
        assertEquals(List.of("x", "y"), posted.valuesOf("many"));
        assertFalse(posted.answered("submission"));
        assertFalse(posted.answered("free"));
        AnswerSet shown = Shown.only(definition, posted);
        assertFalse(shown.answered("hours"), "hours is hidden when works = no");
        assertTrue(definition.check(shown).isEmpty(), definition.check(shown).toString());
        assertTrue(Shown.only(definition, posted.with("works", "yes")).answered("hours"));
    }

    @Test
    void everyShippedInstrumentRendersInEveryLanguage() {
        for (InstrumentDefinition definition : ShippedInstruments.all()) {
            for (String language : List.of("fi", "sv", "en", "fi-plain")) {
                String html = InstrumentForm.items(definition, new RespondTexts(language), new AnswerSet(Map.of()), Map.of());
                for (Item item : definition.items()) {
                    assertTrue(html.contains(InstrumentForm.esc(item.text().in(language))), definition.code() + " " + language + " " + item.id());
                }
            }
        }
    }
}
