package fi.kykyverkko.networks.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BusinessIdTest {

    @Test
    void acceptsIdsWithTheRightCheckDigit() {
        for (String id : new String[] {"0246246-0", "0000010-7", "0000001-9", " 0246246-0 "}) {
            assertTrue(BusinessId.isValid(id), id);
        }
    }

    @Test
    void refusesWrongCheckDigitsAndFormats() {
        for (String id : new String[] {"0246246-1", "0246246", "02462460", "024624-60", "abcdefg-h", "", "12345678-9"}) {
            assertFalse(BusinessId.isValid(id), id);
        }
    }

    @Test
    void remainderOneIsNeverIssued() {
        // 0000006: 6 * 2 = 12, remainder 1: no check digit makes it valid
        for (int check = 0; check <= 9; check++) {
            assertFalse(BusinessId.isValid("0000006-" + check), "check " + check);
        }
    }

    @Test
    void oldSixDigitIdsGetTheirLeadingZero() {
        assertEquals("0246246-0", BusinessId.normalise("246246-0"));
        assertNull(BusinessId.normalise(null));
    }

    @Test
    void anOrganisationStoresTheCanonicalFormWhenSetAndRefusesABadOne() {
        Organisation o = new Organisation();
        o.setBusinessId(" 246246-0 ");
        org.junit.jupiter.api.Assertions.assertEquals("0246246-0", o.getBusinessId());
        org.junit.jupiter.api.Assertions.assertThrows(fi.kykyverkko.kernel.domain.InvalidInputException.class, () -> o.setBusinessId("0246246-1"));
        org.junit.jupiter.api.Assertions.assertEquals("0246246-0", o.getBusinessId(), "a refused value leaves the stored one");
        o.setBusinessId(" ");
        org.junit.jupiter.api.Assertions.assertNull(o.getBusinessId());
    }
}
