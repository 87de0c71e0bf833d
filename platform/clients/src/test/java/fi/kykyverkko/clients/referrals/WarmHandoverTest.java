package fi.kykyverkko.clients.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmHandoverTest {

    @Test
    void participantsWithAnAddressAreTheOnesTheInvitationNamesAndReaches() {
        Instant at = Instant.parse("2026-12-10T08:00:00Z");
        WarmHandover meeting = WarmHandover.plan(1, at, at.plusSeconds(3600), "Rovaniemi",
                List.of("Anna Ohjaaja <anna@kela.example.fi>", "Asiakas itse", " <ville@example.fi> "));
        assertEquals(List.of(new WarmHandover.Addressed("Anna Ohjaaja", "anna@kela.example.fi"),
                new WarmHandover.Addressed(null, "ville@example.fi")), meeting.addressedParticipants());
        assertEquals(true, ReferralMail.reachesAnyone(meeting));
        WarmHandover namesOnly = WarmHandover.plan(1, at, at.plusSeconds(3600), null, List.of("Kaisu", "Lääkäri"));
        assertEquals(List.of(), namesOnly.addressedParticipants());
        assertEquals(false, ReferralMail.reachesAnyone(namesOnly));
    }
}
