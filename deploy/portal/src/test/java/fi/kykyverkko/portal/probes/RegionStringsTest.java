package fi.kykyverkko.portal.probes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which stored strings the probes look for in answers: words and names, not the code's constants. */
class RegionStringsTest {

    @Test
    void namesAndTextsAreLookedFor() {
        assertTrue(RegionStrings.distinctive("Kymenlaakson Setlementti"));
        assertTrue(RegionStrings.distinctive("Kari Salonen"));
        assertTrue(RegionStrings.distinctive("Työnantajien aamukahvit"));
    }

    @Test
    void codesNumbersTokensAndShortWordsAreNot() {
        assertFalse(RegionStrings.distinctive("Kemi"), "too short to be told apart from a longer name");
        assertFalse(RegionStrings.distinctive("IN_PROGRESS"), "an enum's name");
        assertFalse(RegionStrings.distinctive("six-months"), "a code of the program");
        assertFalse(RegionStrings.distinctive("2026-11-13T10:00:00Z"), "a time");
        assertFalse(RegionStrings.distinctive("q83hXk2LmN0pQr7sT1uVwYz"), "a token or hash");
        assertFalse(RegionStrings.distinctive("Katu \"1\""), "quotes are escaped in JSON answers");
        assertFalse(RegionStrings.distinctive("Rivi\tkaksi"), "control characters");
    }
}
