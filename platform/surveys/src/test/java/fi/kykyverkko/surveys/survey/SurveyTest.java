package fi.kykyverkko.surveys.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SurveyTest {

    private static final Instant OPENS = Instant.parse("2026-03-02T06:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-16T20:00:00Z");

    private static Survey survey(boolean anonymous) {
        Survey survey = new Survey("Verkostokysely", "lapland-network-cooperation", 1, Audience.NETWORK_MEMBERS, Access.PRIVATE_LINKS,
                anonymous, "maija", OPENS.minus(Duration.ofDays(1)));
        survey.schedule(OPENS, CLOSES);
        return survey;
    }

    @Test
    void answersAreTakenFromTheOpeningUntilTheClosing() {
        Survey survey = survey(false);
        assertFalse(survey.isOpenAt(OPENS.minusMillis(1)));
        assertTrue(survey.isOpenAt(OPENS));
        assertTrue(survey.isOpenAt(CLOSES.minusMillis(1)));
        assertFalse(survey.isOpenAt(CLOSES));
        assertTrue(survey.check().isEmpty(), survey.check().list().toString());
    }

    @Test
    void theWindowMustEndAfterItStarts() {
        Survey survey = survey(false);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> survey.schedule(CLOSES, OPENS));
        assertEquals("survey.window.end-before-start", refused.problems().list().get(0).key());
        assertThrows(InvalidInputException.class, () -> survey.schedule(OPENS, OPENS));
        assertEquals(CLOSES, survey.getClosesAt(), "a refused window changes nothing");
    }

    @Test
    void anonymousResultsAreHiddenBelowTheMinimumCount() {
        Survey anonymous = survey(true);
        assertEquals(5, anonymous.getMinCount());
        assertFalse(anonymous.resultsVisible(4));
        assertTrue(anonymous.resultsVisible(5));
        assertTrue(survey(false).resultsVisible(1), "named surveys show every answer");
        assertThrows(InvalidInputException.class, () -> anonymous.setMinCount(0));
    }

    @Test
    void aLinkLivesUntilTheClosingButNotPastTheKernelsLimit() {
        Survey survey = survey(false);
        assertEquals(Duration.between(OPENS, CLOSES), survey.linkLifetime(OPENS));
        assertEquals(Duration.ofMinutes(1), survey.linkLifetime(CLOSES.plusSeconds(5)));
        survey.schedule(OPENS, OPENS.plus(Duration.ofDays(800)));
        assertEquals(Duration.ofDays(366), survey.linkLifetime(OPENS));
    }

    @Test
    void aSurveyWithoutTitleOrInstrumentHasProblems() {
        Survey survey = new Survey(" ", null, 0, Audience.STAFF, Access.OPEN_LINK, false, "maija", OPENS);
        var fields = survey.check().list().stream().map(p -> p.field()).toList();
        assertTrue(fields.containsAll(java.util.List.of("title", "instrument", "window")), fields.toString());
    }

    @Test
    void theRateAlwaysCarriesItsDenominator() {
        assertEquals("3/4", new ResponseRate(3, 4L).text());
        assertEquals(75, new ResponseRate(3, 4L).percent());
        assertEquals("12", new ResponseRate(12, null).text());
        assertEquals(-1, new ResponseRate(0, 0L).percent());
        assertTrue(Surveys.invitationOf("invitation:42").orElseThrow() == 42L);
        assertTrue(Surveys.invitationOf("survey:42").isEmpty());
        assertTrue(Surveys.surveyOf("survey:x").isEmpty());
    }
}
