package fi.kykyverkko.surveys.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTest {

    private static InstrumentDefinition shipped(String code) {
        return ShippedInstruments.all().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void meansDistributionsAndFreeTextsByHand() {
        InstrumentDefinition grade = shipped("client-satisfaction-grade");
        List<AnswerSet> answers = List.of(AnswerSet.of("grade", "9", "comment", "Hyvä palvelu"), AnswerSet.of("grade", "8"),
                AnswerSet.of("grade", "10"), AnswerSet.of("grade", "8"));
        SurveyResults results = Results.summarise(new ResponseRate(4, 6L), grade, answers);
        assertEquals(4, results.responses());
        assertEquals(new BigDecimal("8.8"), results.itemMeans().get("grade"), "(9 + 8 + 10 + 8) / 4 = 8.75 → 8.8");
        assertEquals(new BigDecimal("8.8"), results.scoreMeans().get("grade"));
        Map<String, Long> distribution = results.distributions().get("grade");
        assertEquals(List.of("4", "5", "6", "7", "8", "9", "10"), List.copyOf(distribution.keySet()), "every value of the scale, in order");
        assertEquals(2L, distribution.get("8"));
        assertEquals(0L, distribution.get("4"));
        assertEquals(List.of("Hyvä palvelu"), results.freeTexts().get("comment"));
        assertEquals("4/6", results.rate().text());
    }

    @Test
    void aScaleItemsMeanAndDistributionAreOverItsAnswers() {
        InstrumentDefinition who5 = shipped("who-5");
        String first = who5.items().stream().filter(i -> i.type().isScale()).findFirst().orElseThrow().id();
        List<AnswerSet> answers = List.of(full(who5, "5"), full(who5, "3"));
        SurveyResults results = Results.summarise(new ResponseRate(2, null), who5, answers);
        assertEquals(new BigDecimal("4.0"), results.itemMeans().get(first));
        assertEquals(1L, results.distributions().get(first).get("5"));
    }

    private static AnswerSet full(InstrumentDefinition definition, String value) {
        AnswerSet answers = new AnswerSet(Map.of());
        for (var item : definition.items()) {
            if (item.type().isScale()) {
                answers = answers.with(item.id(), value);
            }
        }
        return answers;
    }
}
