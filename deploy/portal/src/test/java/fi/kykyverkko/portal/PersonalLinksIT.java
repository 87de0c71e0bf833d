package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.links.GuessesRefusedException;
import fi.kykyverkko.kernel.links.IssuedLink;
import fi.kykyverkko.kernel.links.LinkTokens;
import fi.kykyverkko.kernel.links.LiveLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The kernel's personal links inside the running portal, on the real MariaDB: issue, resolve, spend, isolation, guessing. */
class PersonalLinksIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");

    @Inject
    PersonalLinks links;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    private IssuedLink issue(TenantId tenant, UseMode mode, boolean shortCode) {
        return links.issue(tenant, "survey-response", "invitation:" + UUID.randomUUID().toString().substring(0, 8),
                Duration.ofDays(14), mode, shortCode, "it.professional");
    }

    /** An address key of this test only, so the shared limiter's memory of other tests does not count. */
    private static String address() {
        return "it-" + UUID.randomUUID();
    }

    @Test
    void anIssuedLinkResolvesByTokenAndByShortCode() {
        IssuedLink issued = issue(LAPPI, UseMode.REUSABLE_UNTIL_SUBMITTED, true);
        assertTrue(LinkTokens.isTokenShaped(issued.token()));
        assertEquals("/l/lappi/" + issued.token(), links.path(LAPPI, issued.token()));

        LiveLink live = links.resolve(LAPPI, issued.token()).orElseThrow();
        assertEquals(issued.id(), live.id());
        assertEquals("survey-response", live.purpose());
        assertTrue(live.subject().startsWith("invitation:"));
        assertEquals(issued.expiresAt(), live.expiresAt());

        String code = issued.shortCode().orElseThrow();
        assertEquals(issued.id(), links.resolveShortCode(LAPPI, issued.shortCodeGrouped().orElseThrow()).orElseThrow().id());
        assertEquals(issued.id(), links.resolveShortCode(LAPPI, code.toLowerCase()).orElseThrow().id());
        assertEquals(Optional.empty(), issue(LAPPI, UseMode.SINGLE_USE, false).shortCode());
    }

    @Test
    void unknownExpiredAndRevokedLinksGiveTheSameEmptyAnswer() throws InterruptedException {
        assertEquals(Optional.empty(), links.resolve(LAPPI, LinkTokens.newToken(new SecureRandom())));
        assertEquals(Optional.empty(), links.resolve(LAPPI, "not-a-token"));
        assertEquals(Optional.empty(), links.resolveShortCode(LAPPI, "K7QX-9MPA-X"));

        IssuedLink shortLived = links.issue(LAPPI, "survey-response", "invitation:1", Duration.ofSeconds(1),
                UseMode.REUSABLE_UNTIL_SUBMITTED, true, "it.professional");
        assertTrue(links.resolve(LAPPI, shortLived.token()).isPresent());
        Thread.sleep(1_500);
        assertEquals(Optional.empty(), links.resolve(LAPPI, shortLived.token()), "expired");
        assertEquals(Optional.empty(), links.resolveShortCode(LAPPI, shortLived.shortCode().orElseThrow()), "expired");

        IssuedLink revoked = issue(LAPPI, UseMode.REUSABLE_UNTIL_SUBMITTED, true);
        links.revoke(LAPPI, revoked.id(), "it.admin");
        links.revoke(LAPPI, revoked.id(), "it.admin");
        assertEquals(Optional.empty(), links.resolve(LAPPI, revoked.token()), "revoked");
        assertEquals(Optional.empty(), links.resolveShortCode(LAPPI, revoked.shortCode().orElseThrow()), "revoked");
    }

    @Test
    void aSingleUseLinkEndsAtSubmissionAReusableOneLastsUntilSubmitted() {
        IssuedLink single = issue(LAPPI, UseMode.SINGLE_USE, false);
        assertTrue(links.resolve(LAPPI, single.token()).isPresent());
        assertTrue(links.resolve(LAPPI, single.token()).isPresent(), "opening it does not spend it");
        links.markSubmitted(LAPPI, single.id());
        links.markSubmitted(LAPPI, single.id()); // again: nothing changes, nothing fails
        assertEquals(Optional.empty(), links.resolve(LAPPI, single.token()));

        IssuedLink reusable = issue(LAPPI, UseMode.REUSABLE_UNTIL_SUBMITTED, false);
        links.markUsed(LAPPI, reusable.id());
        links.markUsed(LAPPI, reusable.id());
        assertTrue(links.resolve(LAPPI, reusable.token()).isPresent(), "still open after being used twice");
        links.markSubmitted(LAPPI, reusable.id());
        assertEquals(Optional.empty(), links.resolve(LAPPI, reusable.token()));

        IssuedLink usedOnce = issue(LAPPI, UseMode.SINGLE_USE, false);
        links.markUsed(LAPPI, usedOnce.id());
        assertEquals(Optional.empty(), links.resolve(LAPPI, usedOnce.token()), "a single-use link is spent by its first use");
    }

    /** Read with plain JDBC past JPA: what a copy of the database would show. */
    @Test
    void theDatabaseHoldsOnlyTheHashesOfTheSecrets() throws SQLException {
        IssuedLink issued = issue(LAPPI, UseMode.SINGLE_USE, true);
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT token_hash, short_code_hash FROM " + LAPPI.schema() + ".personal_link WHERE id = ?")) {
            select.setLong(1, issued.id());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                String tokenColumn = row.getString(1);
                String codeColumn = row.getString(2);
                assertNotEquals(issued.token(), tokenColumn);
                assertEquals(LinkTokens.hash(issued.token()), tokenColumn);
                assertNotEquals(issued.shortCode().orElseThrow(), codeColumn);
                assertEquals(LinkTokens.hash(issued.shortCode().orElseThrow()), codeColumn);
            }
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement search = c.prepareStatement("SELECT COUNT(*) FROM " + LAPPI.schema() + ".personal_link WHERE"
                     + " token_hash = ? OR short_code_hash = ? OR subject LIKE ? OR purpose LIKE ? OR issued_by LIKE ?")) {
            for (int i = 1; i <= 2; i++) {
                search.setString(i, i == 1 ? issued.token() : issued.shortCode().orElseThrow());
            }
            for (int i = 3; i <= 5; i++) {
                search.setString(i, "%" + issued.token() + "%");
            }
            try (ResultSet count = search.executeQuery()) {
                count.next();
                assertEquals(0, count.getInt(1), "the raw token is in no column");
            }
        }
    }

    @Test
    void aLinkOfOneRegionDoesNotOpenInAnother() {
        IssuedLink lappi = issue(LAPPI, UseMode.REUSABLE_UNTIL_SUBMITTED, true);
        assertEquals(Optional.empty(), links.resolve(KYMENLAAKSO, lappi.token()));
        assertEquals(Optional.empty(), links.resolveShortCode(KYMENLAAKSO, lappi.shortCode().orElseThrow()));
        assertTrue(links.resolve(LAPPI, lappi.token()).isPresent());
    }

    @Test
    void tenWrongGuessesFromOneAddressRefuseTheEleventhEvenWithTheRightToken() {
        IssuedLink issued = issue(LAPPI, UseMode.REUSABLE_UNTIL_SUBMITTED, true);
        String guesser = address();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), links.resolve(LAPPI, LinkTokens.newToken(random), guesser));
        }
        assertThrows(GuessesRefusedException.class, () -> links.resolve(LAPPI, issued.token(), guesser));
        assertThrows(GuessesRefusedException.class, () -> links.resolveShortCode(LAPPI, issued.shortCode().orElseThrow(), guesser));

        String someoneElse = address();
        assertEquals(issued.id(), links.resolve(LAPPI, issued.token(), someoneElse).orElseThrow().id());
        assertEquals(issued.id(), links.resolveShortCode(LAPPI, issued.shortCode().orElseThrow(), someoneElse).orElseThrow().id());
        assertEquals(Optional.empty(), links.resolve(KYMENLAAKSO, issued.token(), guesser),
                "the same address in another region is counted apart (and the Lapland token opens nothing there)");
    }
}
