package fi.kykyverkko.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BearerTokenFilterTest {

    private static JsonObject claims(String json) {
        return Json.createReader(new java.io.StringReader(json)).readObject();
    }

    @Test
    void onlyTokensIssuedToThePortalOrNamingItAsAudiencePass() {
        assertTrue(BearerTokenFilter.meantForThePortal(claims("{\"azp\": \"kykyverkko-portal\"}"), "kykyverkko-portal"));
        assertTrue(BearerTokenFilter.meantForThePortal(claims("{\"azp\": \"sotu-sync\", \"aud\": \"kykyverkko-portal\"}"), "kykyverkko-portal"));
        assertTrue(BearerTokenFilter.meantForThePortal(claims("{\"azp\": \"x\", \"aud\": [\"account\", \"kykyverkko-portal\"]}"), "kykyverkko-portal"));
        assertFalse(BearerTokenFilter.meantForThePortal(claims("{\"azp\": \"admin-cli\", \"aud\": \"account\"}"), "kykyverkko-portal"));
        assertFalse(BearerTokenFilter.meantForThePortal(claims("{\"azp\": \"admin-cli\"}"), "kykyverkko-portal"));
        assertFalse(BearerTokenFilter.meantForThePortal(claims("{\"aud\": [\"kykyverkko-portal-x\"]}"), "kykyverkko-portal"));
    }

    @Test
    void anAnswerIsReusedAtMostTenSecondsAndNeverPastTheTokensExpiry() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        assertEquals(now.plus(BearerTokenFilter.CACHE_FOR), BearerTokenFilter.validUntil(claims("{\"exp\": " + (now.getEpochSecond() + 300) + "}"), now));
        assertEquals(now.plusSeconds(3), BearerTokenFilter.validUntil(claims("{\"exp\": " + (now.getEpochSecond() + 3) + "}"), now));
        assertEquals(now.plusSeconds(10), BearerTokenFilter.validUntil(claims("{}"), now));
    }
}
