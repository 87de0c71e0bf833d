package fi.kykyverkko.surveys.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every shipped template reads without problems and scores as computed by hand in the comments. */
class ShippedInstrumentsTest {

    private static Score score(String template, AnswerSet answers, String code) {
        return ShippedInstruments.load("instruments/" + template + ".json").score(answers, code);
    }

    private static void assertScore(String expected, Optional<String> band, Score score) {
        assertEquals(Optional.of(new BigDecimal(expected)), score.value(), score.code());
        assertEquals(band, score.bandCode(), score.code());
    }

    @Test
    void everyTemplateReadsWithoutProblemsAndHasItsOwnCode() {
        for (String path : ShippedInstruments.PATHS) {
            assertEquals(List.of(), ShippedInstruments.parse(path).problems(), path);
        }
        List<String> codes = ShippedInstruments.all().stream().map(InstrumentDefinition::code).toList();
        assertEquals(List.of("who-5", "work-ability-score", "client-satisfaction-grade", "panel-mood",
                "lapland-network-cooperation", "lapland-coaching-client"), codes);
        assertTrue(ShippedInstruments.all().stream().allMatch(d -> d.version() == 1 && !d.scores().isEmpty()));
    }

    @Test
    void who5() {
        // 3 + 4 + 2 + 5 + 1 = 15; 15 × 4 = 60; 60 > 50: good (the ≤ 50 band is "low")
        AnswerSet answers = AnswerSet.of("cheerful", "3", "calm", "4", "active", "2", "rested", "5", "interest", "1");
        assertScore("15.0", Optional.empty(), score("who-5", answers, "raw"));
        assertScore("60.0", Optional.of("good"), score("who-5", answers, "wellbeing"));
        // 2 × 5 = 10; × 4 = 40; 28 < 40 ≤ 50: low
        AnswerSet twos = AnswerSet.of("cheerful", "2", "calm", "2", "active", "2", "rested", "2", "interest", "2");
        assertScore("40.0", Optional.of("low"), score("who-5", twos, "wellbeing"));
        // 1 + 2 + 1 + 2 + 1 = 7; × 4 = 28: the limit itself is still "may indicate depression"
        AnswerSet low = AnswerSet.of("cheerful", "1", "calm", "2", "active", "1", "rested", "2", "interest", "1");
        assertScore("28.0", Optional.of("depression-risk"), score("who-5", low, "wellbeing"));
        // 5 × 5 = 25; × 4 = 100: good
        AnswerSet best = AnswerSet.of("cheerful", "5", "calm", "5", "active", "5", "rested", "5", "interest", "5");
        assertScore("100.0", Optional.of("good"), score("who-5", best, "wellbeing"));
        // all five are required: four answers are refused before scoring
        assertEquals(List.of(new AnswerProblem("interest", "instrument.answer.required")),
                ShippedInstruments.load("instruments/who-5.json").check(AnswerSet.of("cheerful", "5", "calm", "5", "active", "5", "rested", "5")));
    }

    @Test
    void workAbilityScore() {
        // bands 0–5 poor, 6–7 moderate, 8–9 good, 10 excellent; the score is the answer itself
        String[][] expected = {{"0", "poor"}, {"5", "poor"}, {"6", "moderate"}, {"7", "moderate"}, {"8", "good"}, {"9", "good"}, {"10", "excellent"}};
        for (String[] answerAndBand : expected) {
            Score score = score("work-ability-score", AnswerSet.of("current", answerAndBand[0]), "work-ability");
            assertScore(answerAndBand[0] + ".0", Optional.of(answerAndBand[1]), score);
        }
    }

    @Test
    void clientSatisfactionGrade() {
        assertScore("8.0", Optional.empty(), score("client-satisfaction-grade", AnswerSet.of("grade", "8", "comment", "Hyvä palvelu"), "grade"));
        // the comment is optional, and 3 is not a school grade
        InstrumentDefinition grade = ShippedInstruments.load("instruments/client-satisfaction-grade.json");
        assertEquals(List.of(), grade.check(AnswerSet.of("grade", "4")));
        assertEquals(List.of(new AnswerProblem("grade", "instrument.answer.out-of-scale")), grade.check(AnswerSet.of("grade", "3")));
    }

    @Test
    void panelMood() {
        // (3 + 2 + 3) / 3 = 8 / 3 = 2.666… → 2.7
        assertScore("2.7", Optional.empty(), score("panel-mood", AnswerSet.of("meeting", "3", "heard", "2", "again", "3"), "mood"));
        // (1 + 1 + 2) / 3 = 1.333… → 1.3
        assertScore("1.3", Optional.empty(), score("panel-mood", AnswerSet.of("meeting", "1", "heard", "1", "again", "2", "comment", "Liian pitkä"), "mood"));
    }

    @Test
    void laplandNetworkCooperation() {
        AnswerSet all = AnswerSet.of("cooperation.goals-needs", "5", "cooperation.measures-goals", "4", "cooperation.clients-involved", "4",
                "cooperation.actors-involved", "3", "cooperation.networking", "5", "cooperation.municipal-trial", "4",
                "cooperation.future-sote", "2", "cooperation.support-team", "3", "cooperation.service-model", "4",
                "cooperation.supported-employment", "5", "cooperation.new-models", "4", "cooperation.informing", "4");
        // 5+4+4+3+5+4+2+3+4+5+4+4 = 47; 47 / 12 = 3.9166… → 3.9
        assertScore("3.9", Optional.empty(), score("lapland-network-cooperation", all, "cooperation"));
        // six of twelve answered is enough: 4+4+5+5+3+3 = 24; 24 / 6 = 4.0
        AnswerSet six = AnswerSet.of("cooperation.goals-needs", "4", "cooperation.measures-goals", "4", "cooperation.clients-involved", "5",
                "cooperation.actors-involved", "5", "cooperation.networking", "3", "cooperation.informing", "3");
        assertScore("4.0", Optional.empty(), score("lapland-network-cooperation", six, "cooperation"));
        // five are not
        AnswerSet five = AnswerSet.of("cooperation.goals-needs", "4", "cooperation.measures-goals", "4", "cooperation.clients-involved", "5",
                "cooperation.actors-involved", "5", "cooperation.networking", "3");
        assertFalse(score("lapland-network-cooperation", five, "cooperation").hasValue());
    }

    @Test
    void laplandCoachingClientSurvey() {
        AnswerSet answers = AnswerSet.of("coaching-status", "ongoing", "age-group", "50-59", "employment", "not-yet",
                "benefit", "3", "recommend", "2", "suggestions", "Lisää avoimia työpaikkoja");
        // (3 + 2) / 2 = 2.5
        assertScore("2.5", Optional.empty(), score("lapland-coaching-client", answers, "experience"));
        // a respondent who cannot say about the benefit leaves it empty: 3 / 1 = 3.0
        assertScore("3.0", Optional.empty(), score("lapland-coaching-client",
                AnswerSet.of("coaching-status", "ended", "age-group", "under-30", "employment", "employed", "recommend", "3"), "experience"));
        assertFalse(score("lapland-coaching-client",
                AnswerSet.of("coaching-status", "ended", "age-group", "under-30", "employment", "employed"), "experience").hasValue());
    }
}
