package fi.kykyverkko.clients.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The consent matrix: organisation × category × not yet valid, valid, expired or revoked. */
class ConsentTest {

    private static final long KELA = 7;
    private static final long TE = 8;
    private static final LocalDate GIVEN = LocalDate.of(2026, 3, 1);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private static Consent toKela(Set<DataCategory> categories) {
        return Consent.give(1, KELA, categories, GIVEN, ConsentMethod.IN_PORTAL, UNTIL);
    }

    @ParameterizedTest
    @EnumSource(DataCategory.class)
    void aValidConsentCoversItsCategoriesForItsOrganisationOnly(DataCategory category) {
        Consent consent = toKela(EnumSet.of(DataCategory.EPISODES));
        boolean given = category == DataCategory.EPISODES || category == DataCategory.IDENTITY_CONTACT;
        assertEquals(given, consent.covers(KELA, category, LocalDate.of(2026, 6, 1), NOW));
        assertFalse(consent.covers(TE, category, LocalDate.of(2026, 6, 1), NOW), "another organisation sees nothing");
    }

    @Test
    void identityIsAlwaysPartOfAConsent() {
        assertEquals(EnumSet.of(DataCategory.IDENTITY_CONTACT, DataCategory.HEALTH), toKela(EnumSet.of(DataCategory.HEALTH)).categories());
    }

    @Test
    void theValidityRunsFromTheDayGivenToTheEndOfItsLastDay() {
        Consent consent = toKela(EnumSet.of(DataCategory.EPISODES));
        assertEquals(ConsentState.NOT_YET, consent.state(GIVEN.minusDays(1), NOW));
        assertEquals(ConsentState.VALID, consent.state(GIVEN, NOW));
        assertEquals(ConsentState.VALID, consent.state(UNTIL, NOW));
        assertEquals(ConsentState.EXPIRED, consent.state(UNTIL.plusDays(1), NOW));
        assertFalse(consent.covers(KELA, DataCategory.EPISODES, UNTIL.plusDays(1), NOW), "an expired consent covers nothing");
        assertFalse(consent.covers(KELA, DataCategory.IDENTITY_CONTACT, GIVEN.minusDays(1), NOW), "nor one not yet valid");
    }

    @Test
    void aRevocationTakesEffectAtOnceAndOnlyOnce() {
        Consent consent = toKela(EnumSet.of(DataCategory.EPISODES));
        consent.revoke("pekka", NOW);
        assertEquals(ConsentState.REVOKED, consent.state(LocalDate.of(2026, 6, 1), NOW));
        assertFalse(consent.covers(KELA, DataCategory.IDENTITY_CONTACT, LocalDate.of(2026, 6, 1), NOW));
        assertThrows(InvalidInputException.class, () -> consent.revoke("pekka", NOW));
    }

    @Test
    void theGateSumsWhatTheValidConsentsGive() {
        Consent episodes = toKela(EnumSet.of(DataCategory.EPISODES));
        Consent health = toKela(EnumSet.of(DataCategory.HEALTH));
        health.revoke("pekka", NOW);
        Consent toTe = Consent.give(1, TE, EnumSet.of(DataCategory.PLAN), GIVEN, ConsentMethod.PAPER_FORM, UNTIL);
        assertEquals(EnumSet.of(DataCategory.IDENTITY_CONTACT, DataCategory.EPISODES),
                ClientGate.coveredBy(List.of(episodes, health, toTe), KELA, LocalDate.of(2026, 6, 1), NOW));
        assertTrue(ClientGate.coveredBy(List.of(), KELA, LocalDate.of(2026, 6, 1), NOW).isEmpty());
    }

    @Test
    void aConsentNeedsCategoriesAndAnEndNotBeforeItsStart() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Consent.give(1, KELA, Set.of(), GIVEN, ConsentMethod.IN_PORTAL, GIVEN.minusDays(1)));
        assertEquals(Set.of("categories", "validUntil"), e.problems().list().stream().map(p -> p.field()).collect(java.util.stream.Collectors.toSet()));
    }
}
