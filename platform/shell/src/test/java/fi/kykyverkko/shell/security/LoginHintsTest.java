package fi.kykyverkko.shell.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginHintsTest {

    private static final String AUTH = "http://localhost:8180/realms/kykyverkko/protocol/openid-connect/auth"
            + "?scope=openid&response_type=code&client_id=kykyverkko-portal&redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcallback&state=s";

    @Test
    void theAuthorizationRequestGetsTheVisitorsLanguageAndTheRegionsLook() {
        assertEquals(AUTH + "&ui_locales=en&kyky_look=lappi", LoginHints.withHints(AUTH, Locale.ENGLISH, Optional.of("lappi")));
        assertEquals(AUTH + "&ui_locales=sv", LoginHints.withHints(AUTH, Locale.forLanguageTag("sv"), Optional.empty()));
    }

    @Test
    void aHintAlreadyThereIsNotAddedAgain() {
        String once = LoginHints.withHints(AUTH, Locale.ENGLISH, Optional.of("lappi"));
        assertEquals(once, LoginHints.withHints(once, Locale.forLanguageTag("fi"), Optional.of("kymenlaakso")));
    }

    @Test
    void onlyTheRealmsAuthorizationEndpointIsChanged() {
        assertTrue(LoginHints.isAuthorizationRequest(AUTH, "kykyverkko"));
        assertTrue(LoginHints.isAuthorizationRequest("https://id.example.fi/realms/kykyverkko/protocol/openid-connect/auth?x=1", "kykyverkko"));
        assertFalse(LoginHints.isAuthorizationRequest("http://127.0.0.1:8080/", "kykyverkko"));
        assertFalse(LoginHints.isAuthorizationRequest("http://localhost:8180/realms/kykyverkko/protocol/openid-connect/logout?x=1", "kykyverkko"));
        assertFalse(LoginHints.isAuthorizationRequest("http://localhost:8180/realms/other/protocol/openid-connect/auth", "kykyverkko"));
        assertFalse(LoginHints.isAuthorizationRequest("not a uri at all ^", "kykyverkko"));
    }

    @Test
    void withoutARegionInThePathTheLastRegionOfThisBrowserGivesTheLook() {
        assertEquals(Optional.of("kymenlaakso"), LoginHints.lastRegion(new jakarta.servlet.http.Cookie[] {
                new jakarta.servlet.http.Cookie("JSESSIONID", "x"), new jakarta.servlet.http.Cookie(LastRegion.COOKIE, "kymenlaakso")}));
        assertEquals(Optional.empty(), LoginHints.lastRegion(new jakarta.servlet.http.Cookie[] {
                new jakarta.servlet.http.Cookie(LastRegion.COOKIE, "\"><script>")}));
        assertEquals(Optional.empty(), LoginHints.lastRegion(null));
    }

    @Test
    void theRegionIsTheFirstSegmentOfThePath() {
        assertEquals(Optional.of("lappi"), LoginHints.regionIn("/lappi/networks/events"));
        assertEquals(Optional.of("keski-uusimaa"), LoginHints.regionIn("/keski-uusimaa"));
        assertEquals(Optional.empty(), LoginHints.regionIn("/"));
        assertEquals(Optional.empty(), LoginHints.regionIn(""));
        assertEquals(Optional.empty(), LoginHints.regionIn("/Lappi/x"));
        assertEquals(Optional.empty(), LoginHints.regionIn("/../etc"));
    }
}
