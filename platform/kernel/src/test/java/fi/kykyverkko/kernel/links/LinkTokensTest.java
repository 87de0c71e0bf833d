package fi.kykyverkko.kernel.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIs256RandomBitsInBase64urlWithoutPadding() {
        String token = LinkTokens.newToken(random);
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length, "32 bytes = 256 bits, at least the 128 asked");
        assertTrue(LinkTokens.isTokenShaped(token));
    }

    @Test
    void tokensDifferAndCoverTheAlphabet() {
        Set<String> tokens = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = LinkTokens.newToken(random);
            tokens.add(token);
            token.chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(1000, tokens.size(), "no two tokens alike");
        assertEquals(64, seen.size(), "every base64url character occurs, so nothing fixed hides in them");
    }

    @Test
    void theHashIsSha256HexAndNotTheToken() {
        String token = LinkTokens.newToken(random);
        String hash = LinkTokens.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains(token));
        assertEquals(hash, LinkTokens.hash(token), "the same token always gives the same hash");
        assertNotEquals(hash, LinkTokens.hash(LinkTokens.newToken(random)));
        // the known SHA-256 of "abc"
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LinkTokens.hash("abc"));
    }

    @Test
    void somethingElseIsNotTokenShaped() {
        assertFalse(LinkTokens.isTokenShaped(null));
        assertFalse(LinkTokens.isTokenShaped(""));
        assertFalse(LinkTokens.isTokenShaped("a".repeat(42)));
        assertFalse(LinkTokens.isTokenShaped("a".repeat(44)));
        assertFalse(LinkTokens.isTokenShaped("a".repeat(42) + "="));
        assertFalse(LinkTokens.isTokenShaped("a".repeat(42) + "/"));
    }

    @Test
    void aShortCodeIsEightUnambiguousCharactersShownInTwoGroups() {
        assertEquals(31, LinkTokens.SHORT_CODE_ALPHABET.length());
        for (char lookalike : "0O1IL".toCharArray()) {
            assertEquals(-1, LinkTokens.SHORT_CODE_ALPHABET.indexOf(lookalike), "no " + lookalike);
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = LinkTokens.newShortCode(random);
            assertTrue(code.matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}"), code);
            codes.add(code);
            String grouped = LinkTokens.grouped(code);
            assertTrue(grouped.matches("[2-9A-Z]{4}-[2-9A-Z]{4}"), grouped);
            assertEquals(code, LinkTokens.normalShortCode(grouped));
        }
        assertTrue(codes.size() > 990, "codes are drawn at random");
    }

    @Test
    void aTypedCodeIsReadInAnyCaseWithOrWithoutTheHyphen() {
        assertEquals("K7QX9MPA", LinkTokens.normalShortCode("K7QX-9MPA"));
        assertEquals("K7QX9MPA", LinkTokens.normalShortCode(" k7qx 9mpa "));
        assertEquals("K7QX9MPA", LinkTokens.normalShortCode("k7qx9mpa"));
        assertNull(LinkTokens.normalShortCode(null));
        assertNull(LinkTokens.normalShortCode("K7QX-9MP"), "too short");
        assertNull(LinkTokens.normalShortCode("K7QX-9MPAA"), "too long");
        assertNull(LinkTokens.normalShortCode("K0QX-9MPA"), "0 is never in a code");
        assertNull(LinkTokens.normalShortCode("K7QX-9MPL"), "nor L");
    }

    @Test
    void anIssuedLinkDoesNotShowItsSecretsWhenPrinted() {
        String token = LinkTokens.newToken(random);
        IssuedLink issued = new IssuedLink(7, token, java.util.Optional.of("K7QX9MPA"), java.time.Instant.EPOCH);
        assertFalse(issued.toString().contains(token));
        assertFalse(issued.toString().contains("K7QX"));
        assertEquals(java.util.Optional.of("K7QX-9MPA"), issued.shortCodeGrouped());
    }
}
