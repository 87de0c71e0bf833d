package fi.kykyverkko.panels.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The invariants of a panel, its members and its facilitators, checked when a value is set. */
class PanelEntitiesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 6);

    @Test
    void aPanelNeedsANameAPurposeAndKeepsItsCadence() {
        Cadence cadence = Cadence.monthly(DayOfWeek.FRIDAY, 1, LocalTime.of(13, 0), 120, "Roihula");
        CustomerPanel panel = new CustomerPanel("Raati", "Kuulla asiakkaita", 7L, cadence, MeetingScript.LAPLAND);
        assertEquals(cadence, panel.cadence());
        assertEquals(MeetingScript.LAPLAND, panel.script());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CustomerPanel(" ", " ", null, cadence, MeetingScript.LAPLAND));
        assertEquals(2, e.problems().list().size(), "name and purpose at once: " + e.problems().list());
        assertTrue(panel.check().isEmpty());
    }

    @Test
    void aMemberWithConsentHasAnAddressAndWithdrawingDropsIt() {
        Panelist member = new Panelist(1, "Aino", "fi-plain", DAY);
        assertFalse(member.mayBeEmailed());
        assertThrows(InvalidInputException.class, () -> member.consentToEmail("not-an-address"));
        assertThrows(InvalidInputException.class, () -> member.consentToEmail(null));
        assertFalse(member.isEmailConsent(), "a refused address gives no consent");
        member.consentToEmail(" aino@example.fi ");
        assertTrue(member.mayBeEmailed());
        assertEquals("aino@example.fi", member.getEmail());
        member.withdrawEmailConsent();
        assertFalse(member.mayBeEmailed());
        assertNull(member.getEmail());
    }

    @Test
    void aMemberSpeaksOneOfTheFourLanguagesAndLeavesAfterJoining() {
        assertThrows(InvalidInputException.class, () -> new Panelist(1, "Eero", "de", DAY));
        Panelist member = new Panelist(1, "Eero", "sv", DAY);
        assertThrows(InvalidInputException.class, () -> member.leave(DAY.minusDays(1)));
        member.consentToEmail("eero@example.fi");
        member.leave(DAY.plusMonths(2));
        assertFalse(member.mayBeEmailed(), "a member who left gets no mail");
    }

    @Test
    void aHandoverEndsTheLeadOnceAndNotBeforeItBegan() {
        PanelFacilitator lead = new PanelFacilitator(1, "Fanni", "lappi.panel-facilitator", FacilitatorRole.LEAD, DAY);
        assertTrue(lead.isCurrent());
        assertThrows(InvalidInputException.class, () -> lead.stepBack(DAY.minusDays(1), null));
        lead.stepBack(DAY.plusMonths(6), "Raatilaiset toivovat samaa kellonaikaa.");
        assertFalse(lead.isCurrent());
        assertEquals("Raatilaiset toivovat samaa kellonaikaa.", lead.getHandoverNote());
        assertThrows(InvalidInputException.class, () -> lead.stepBack(DAY.plusMonths(7), null), "a second end would rewrite the history");
        assertEquals(DAY.plusMonths(6), lead.getUntil());
        assertThrows(InvalidInputException.class, () -> new PanelFacilitator(1, " ", null, FacilitatorRole.CO, DAY));
    }
}
