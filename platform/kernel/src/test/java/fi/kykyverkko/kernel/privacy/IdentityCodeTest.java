package fi.kykyverkko.kernel.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityCodeTest {

    /** Digital and Population Data Services Agency's example and codes computed by hand for every century sign. */
    @ParameterizedTest
    @CsvSource({
            "131052-308T, 1952-10-13",
            "131052Y308T, 1952-10-13",
            "131052X308T, 1952-10-13",
            "131052W308T, 1952-10-13",
            "131052V308T, 1952-10-13",
            "131052U308T, 1952-10-13",
            "010100A901H, 2000-01-01",
            "010100B901H, 2000-01-01",
            "010100C901H, 2000-01-01",
            "010100D901H, 2000-01-01",
            "010100E901H, 2000-01-01",
            "010100F901H, 2000-01-01",
            "290200A901C, 2000-02-29",
            "010185+900D, 1885-01-01"})
    void aValidCodeGivesItsBirthDateWithEveryCenturySign(String code, LocalDate born) {
        assertNull(IdentityCode.problemWith(code), code);
        assertEquals(born, IdentityCode.parse(code).birthDate());
    }

    @Test
    void theCheckCharacterIsTheRemainderOfNineDigitsBy31() {
        assertEquals('T', IdentityCode.checkCharacter("131052308"));
        assertEquals('H', IdentityCode.checkCharacter("010100901"));
        assertEquals('D', IdentityCode.checkCharacter("010185900"));
    }

    @ParameterizedTest
    @CsvSource({
            "'', validation.identity-code.format",
            "131052-308, validation.identity-code.format",
            "131052-308TT, validation.identity-code.format",
            "13105X-308T, validation.identity-code.format",
            "131052-3O8T, validation.identity-code.format",
            "131052G308T, validation.identity-code.century",
            "131052Z308T, validation.identity-code.century",
            "310252-308T, validation.identity-code.date",
            "290201A9018, validation.identity-code.date",
            "131052-001X, validation.identity-code.individual-number",
            "131052-308U, validation.identity-code.check"})
    void anInvalidCodeNamesWhatIsWrongWithoutRepeatingTheCode(String code, String key) {
        assertEquals(key, IdentityCode.problemWith(code));
        IdentityCode.InvalidIdentityCode refused = assertThrows(IdentityCode.InvalidIdentityCode.class, () -> IdentityCode.parse(code));
        assertEquals(key, refused.key());
        assertFalse(!code.isEmpty() && refused.getMessage().contains(code));
    }

    @Test
    void spacesAndLowerCaseAreForgivenButTheCodeIsKeptInUpperCase() {
        IdentityCode code = IdentityCode.parse("  010100a901h ");
        assertEquals("010100A901H", code.value());
        assertEquals(IdentityCode.parse("010100A901H"), code);
    }

    @Test
    void theCodeShowsMaskedEvenWhenPrintedByMistake() {
        IdentityCode code = IdentityCode.parse("131052-308T");
        assertEquals("131052-****", code.masked());
        assertEquals("131052-****", String.valueOf(code));
        assertFalse(("Found " + code).contains("308T"));
    }

    @Test
    void aCodeIsMadeFromADateAndANumberForTheDemoData() {
        assertEquals("131052-308T", IdentityCode.of(LocalDate.of(1952, 10, 13), 308).value());
        assertEquals("010100A901H", IdentityCode.of(LocalDate.of(2000, 1, 1), 901).value());
        assertEquals("010185+900D", IdentityCode.of(LocalDate.of(1885, 1, 1), 900).value());
        assertThrows(IllegalArgumentException.class, () -> IdentityCode.of(LocalDate.of(1990, 1, 1), 1));
    }

    @Test
    void temporaryNumbersAreTheDemoDatasOwn() {
        assertTrue(IdentityCode.parse("010185+900D").temporary());
        assertFalse(IdentityCode.parse("131052-308T").temporary());
    }

    @Test
    void aSealedCodeOpensOnlyInItsOwnRegionAndHoldsNoReadableCode() {
        IdentityCodeVault vault = IdentityCodeVault.withSecret("a-test-secret-that-is-long-enough-1234");
        IdentityCode code = IdentityCode.parse("131052-308T");
        TenantId lappi = TenantId.of("lappi");
        byte[] sealed = vault.seal(lappi, code);

        assertEquals(code, vault.open(lappi, sealed));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("308T"));
        assertFalse(Arrays.equals(sealed, vault.seal(lappi, code)), "each sealing has its own nonce");
        assertThrows(IllegalArgumentException.class, () -> vault.open(TenantId.of("kymenlaakso"), sealed));
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> vault.open(lappi, tampered));
        assertThrows(IllegalArgumentException.class, () -> IdentityCodeVault.withSecret("another-secret-that-is-long-enough-99").open(lappi, sealed));
    }

    @Test
    void theLookupKeyIsStablePerRegionAndDiffersAcrossRegionsAndSecrets() {
        IdentityCodeVault vault = IdentityCodeVault.withSecret("a-test-secret-that-is-long-enough-1234");
        IdentityCode code = IdentityCode.parse("131052-308T");
        assertArrayEquals(vault.lookupKey(TenantId.of("lappi"), code), vault.lookupKey(TenantId.of("lappi"), IdentityCode.parse("131052-308t")));
        assertFalse(Arrays.equals(vault.lookupKey(TenantId.of("lappi"), code), vault.lookupKey(TenantId.of("kymenlaakso"), code)));
        assertNotEquals(Arrays.toString(vault.lookupKey(TenantId.of("lappi"), code)),
                Arrays.toString(IdentityCodeVault.withSecret("another-secret-that-is-long-enough-99").lookupKey(TenantId.of("lappi"), code)));
    }

    @Test
    void aMissingOrShortSecretIsRefusedWithTheSettingToFix() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> IdentityCodeVault.withSecret("short").seal(TenantId.of("lappi"), IdentityCode.parse("131052-308T")));
        assertTrue(refused.getMessage().contains("KYKY_DATA_KEY"));
    }
}
