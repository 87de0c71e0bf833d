package fi.kykyverkko.kernel.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems.Problem;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEventTest {

    private static final TenantId LAPPI = TenantId.of("lappi");

    private static AuditEvent.Builder aRead() {
        return AuditEvent.in(LAPPI).by("lappi.professional", List.of("professional"), "Lapin hyvinvointialue")
                .subject(4711).did(AuditAction.READ, DataCategory.EPISODES)
                .through(AuditChannel.VIEW, "lappi/clients/4711");
    }

    private static List<String> refusedFields(UnaryOperator<AuditEvent.Builder> change) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> change.apply(aRead()).build());
        return refused.problems().list().stream().map(Problem::field).toList();
    }

    private static List<String> refusedKeys(UnaryOperator<AuditEvent.Builder> change) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> change.apply(aRead()).build());
        return refused.problems().list().stream().map(Problem::key).toList();
    }

    @Test
    void aCompleteReadIsAccepted() {
        AuditEvent event = aRead().purpose("  asiakastapaaminen  ").build();
        assertEquals("4711", event.subject());
        assertEquals("asiakastapaaminen", event.purpose());
        assertFalse(event.emergencyOverride());
        assertNull(event.overrideReason());
        assertEquals("professional", event.rolesText());
    }

    @Test
    void everyMissingRequiredPartIsReportedAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AuditEvent.in(null).by(" ", null, null).build());
        assertEquals(Set.of("tenant", "actor", "roles", "category", "action", "channel", "location"),
                Set.copyOf(refused.problems().list().stream().map(Problem::field).toList()));
        assertTrue(refused.problems().list().stream().allMatch(p -> p.key().equals("validation.required")));
    }

    @Test
    void aReadOrChangeNamesItsClientButASearchOrExportNeedNot() {
        assertEquals(List.of("subject"), refusedFields(b -> b.subject(" ")));
        assertEquals(List.of("subject"), refusedFields(b -> b.subject(null).did(AuditAction.UPDATE, DataCategory.PLAN)));
        AuditEvent search = aRead().subject(null).did(AuditAction.SEARCH, DataCategory.IDENTITY_CONTACT)
                .through(AuditChannel.API, "/api/tenants/lappi/clients").build();
        assertNull(search.subject());
        aRead().subject(null).did(AuditAction.EXPORT, DataCategory.EPISODES).through(AuditChannel.EXPORT, "caseload.csv").build();
    }

    @Test
    void anEmergencyOverrideNeedsAReasonAndOnlyAnOverrideHasOne() {
        assertEquals(List.of("overrideReason"), refusedFields(b -> b.emergencyOverride("   ")));
        assertEquals(List.of("validation.required"), refusedKeys(b -> b.emergencyOverride(null)));
        AuditEvent override = aRead().emergencyOverride("Asiakas kotikäynnillä huonossa kunnossa, soitto 112").build();
        assertTrue(override.emergencyOverride());
        assertEquals("Asiakas kotikäynnillä huonossa kunnossa, soitto 112", override.overrideReason());
        // a reason without the flag would hide an override among ordinary reads
        AuditEvent reasonOnly = new AuditEvent(LAPPI, "a", Set.of(), null, "1", DataCategory.HEALTH, AuditAction.READ,
                AuditChannel.VIEW, "x", null, false, "syy");
        InvalidInputException refused = assertThrows(InvalidInputException.class, reasonOnly::checked);
        assertEquals("validation.audit.reason-without-override", refused.problems().list().get(0).key());
    }

    @Test
    void theLogChecksTheRulesOfAnEventMadeWithoutTheBuilderBeforeItWrites() {
        AuditEvent withCode = new AuditEvent(LAPPI, "lappi.professional", Set.of("professional"), null, "4711",
                DataCategory.IDENTITY_CONTACT, AuditAction.READ, AuditChannel.VIEW, "lappi/clients/4711",
                "tarkistettu 131052-308T", false, null);
        // refused before the database is reached: this log has none
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new AuditLog().record(withCode));
        assertEquals(List.of("purpose"), refused.problems().list().stream().map(Problem::field).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "131052A308T", "010594Y9032", "010594y9032", "290200U902R", "311299+9990",
            "Soitto koskien 131052-308T:tä", "lappi/clients/131052-308T"})
    void textShapedLikeAnIdentityCodeIsRefusedInEveryTextField(String text) {
        assertEquals(List.of("purpose"), refusedFields(b -> b.purpose(text)));
        assertEquals(List.of("location"), refusedFields(b -> b.through(AuditChannel.VIEW, text)));
        assertEquals(List.of("subject"), refusedFields(b -> b.subject(text)));
        assertEquals(List.of("organisation"), refusedFields(b -> b.by("lappi.professional", List.of("professional"), text)));
        assertEquals(List.of("overrideReason"), refusedFields(b -> b.emergencyOverride("hätä: " + text)));
        assertEquals(List.of("validation.audit.identity-code"), refusedKeys(b -> b.purpose(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/tenants/lappi/clients/4711", "12345678-1234-5678-1234-567812345678", "puhelu 040 123 4567",
            "1310523-308T", "131052-308TT", "2026-12-02"})
    void ordinaryTextIsNotMistakenForAnIdentityCode(String text) {
        assertEquals(text, aRead().purpose(text).build().purpose());
    }

    @Test
    void rolesAreRegionRoleCodesAndTheirTextIsSorted() {
        assertEquals("network-member,professional",
                aRead().by("kela.asiantuntija", List.of("professional", "network-member"), "Kela").build().rolesText());
        assertEquals(List.of("roles"), refusedFields(b -> b.by("x", List.of("professional,manager"), null)));
        assertEquals("", aRead().by("paakayttaja", List.of(), null).build().rolesText());
    }

    @Test
    void theSignedInPersonBringsOnlyTheirRolesInTheEventsRegion() {
        PortalUser kela = new PortalUser("kela.asiantuntija", "Kela Asiantuntija", false, Map.of(
                LAPPI, Set.of("network-member"), TenantId.of("kymenlaakso"), Set.of("professional")));
        AuditEvent event = aRead().by(kela, "Kela").build();
        assertEquals(Set.of("network-member"), event.roles());
        assertEquals("kela.asiantuntija", event.actor());
    }

    @Test
    void tooLongTextIsRefusedBeforeTheDatabaseWould() {
        assertEquals(List.of("purpose"), refusedFields(b -> b.purpose("x".repeat(501))));
        assertEquals(List.of("location"), refusedFields(b -> b.through(AuditChannel.API, "/".repeat(301))));
    }

    @Test
    void anEntryIsShownOnTheFinnishClock() {
        AuditEntry summer = new AuditEntry(1, Instant.parse("2026-06-30T21:30:00Z"), aRead().build());
        assertEquals(LocalDateTime.parse("2026-07-01T00:30:00"), summer.whenInHelsinki());
        AuditEntry winter = new AuditEntry(2, Instant.parse("2026-12-02T06:15:00Z"), aRead().build());
        assertEquals("2.12.2026 klo 8.15", winter.when(Locale.forLanguageTag("fi")));
    }
}
