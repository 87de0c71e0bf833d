package fi.kykyverkko.kernel.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00.123456Z");
    private static final String HASH = LinkTokens.hash("token");

    private static PersonalLink link(UseMode mode) {
        return new PersonalLink(HASH, null, "survey-response", "invitation:42", mode, NOW, Duration.ofDays(14), "lappi.professional");
    }

    @Test
    void aNewLinkIsLiveUntilItExpires() {
        PersonalLink link = link(UseMode.SINGLE_USE);
        assertEquals(Instant.parse("2026-12-03T08:00:00.123Z"), link.issuedAt(), "milliseconds, as the column keeps");
        assertEquals(link.issuedAt().plus(Duration.ofDays(14)), link.expiresAt());
        assertTrue(link.isLiveAt(NOW));
        assertTrue(link.isLiveAt(link.expiresAt().minusMillis(1)));
        assertFalse(link.isLiveAt(link.expiresAt()), "expired at its expiry");
    }

    @Test
    void theExpiryMustComeAfterTheIssue() {
        for (Duration lifetime : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1), Duration.ofNanos(1), Duration.ofMillis(999), null, Duration.ofDays(367)}) {
            assertThrows(IllegalArgumentException.class, () -> new PersonalLink(HASH, null, "survey-response", "invitation:42",
                    UseMode.SINGLE_USE, NOW, lifetime, "x"), String.valueOf(lifetime));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Survey", "survey response", "survey_response", "-survey", "1survey"})
    void thePurposeIsAShortLowerCaseCode(String purpose) {
        assertThrows(IllegalArgumentException.class, () -> new PersonalLink(HASH, null, purpose, "invitation:42",
                UseMode.SINGLE_USE, NOW, Duration.ofDays(1), "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Matti Meikäläinen", "matti@example.fi", "client:131052-308T", "invitation 42", ":42"})
    void theSubjectIsAModulesIdNeverPersonalData(String subject) {
        assertThrows(IllegalArgumentException.class, () -> new PersonalLink(HASH, null, "survey-response", subject,
                UseMode.SINGLE_USE, NOW, Duration.ofDays(1), "x"));
    }

    @Test
    void theLinkHoldsHashesOnlyAndNeedsItsParts() {
        assertThrows(IllegalArgumentException.class, () -> new PersonalLink("token-in-clear", null, "survey-response",
                "invitation:42", UseMode.SINGLE_USE, NOW, Duration.ofDays(1), "x"));
        assertThrows(IllegalArgumentException.class, () -> new PersonalLink(HASH, "K7QX9MPA", "survey-response",
                "invitation:42", UseMode.SINGLE_USE, NOW, Duration.ofDays(1), "x"));
        assertThrows(IllegalArgumentException.class, () -> new PersonalLink(HASH, null, "survey-response",
                "invitation:42", null, NOW, Duration.ofDays(1), "x"));
        assertThrows(IllegalArgumentException.class, () -> new PersonalLink(HASH, null, "survey-response",
                "invitation:42", UseMode.SINGLE_USE, NOW, Duration.ofDays(1), " "));
    }

    @Test
    void aSingleUseLinkIsSpentByItsFirstUseOrSubmission() {
        PersonalLink used = link(UseMode.SINGLE_USE);
        used.markUsed(NOW.plusSeconds(60));
        assertFalse(used.isLiveAt(NOW.plusSeconds(61)));
        PersonalLink submitted = link(UseMode.SINGLE_USE);
        submitted.markSubmitted(NOW.plusSeconds(60));
        assertFalse(submitted.isLiveAt(NOW.plusSeconds(61)));
    }

    @Test
    void aReusableLinkLastsThroughUsesUntilSubmitted() {
        PersonalLink link = link(UseMode.REUSABLE_UNTIL_SUBMITTED);
        link.markUsed(NOW.plusSeconds(60));
        link.markUsed(NOW.plusSeconds(120));
        assertTrue(link.isLiveAt(NOW.plusSeconds(130)));
        assertEquals(NOW.plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), link.usedAt(), "the first use stays");
        link.markSubmitted(NOW.plusSeconds(200));
        assertFalse(link.isLiveAt(NOW.plusSeconds(201)));
    }

    @Test
    void submittingAgainChangesNothing() {
        PersonalLink link = link(UseMode.REUSABLE_UNTIL_SUBMITTED);
        link.markSubmitted(NOW.plusSeconds(60));
        Instant first = link.submittedAt();
        link.markSubmitted(NOW.plusSeconds(600));
        assertEquals(first, link.submittedAt());
    }

    @Test
    void aRevokedLinkIsClosedKeepsWhoClosedItAndTakesNoSubmission() {
        PersonalLink link = link(UseMode.REUSABLE_UNTIL_SUBMITTED);
        link.revoke("lappi.admin", NOW.plusSeconds(60));
        link.revoke("someone.else", NOW.plusSeconds(90));
        assertEquals("lappi.admin", link.revokedBy());
        assertFalse(link.isLiveAt(NOW.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> link.markSubmitted(NOW.plusSeconds(70)));
        assertThrows(IllegalStateException.class, () -> link.markUsed(NOW.plusSeconds(70)));
        assertThrows(IllegalArgumentException.class, () -> link(UseMode.SINGLE_USE).revoke(" ", NOW));
    }
}
