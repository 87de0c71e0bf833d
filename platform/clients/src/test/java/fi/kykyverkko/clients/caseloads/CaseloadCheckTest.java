package fi.kykyverkko.clients.caseloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Intake warns when one more episode fills the cap and refuses one that goes over it. */
class CaseloadCheckTest {

    @Test
    void belowTheCapIsFineReachingItWarnsAndAboveItIsRefused() {
        assertEquals(CaseloadCheck.Outcome.FINE, new CaseloadCheck(8, Optional.of(10)).withOneMore());
        assertEquals(CaseloadCheck.Outcome.REACHES_CAP, new CaseloadCheck(9, Optional.of(10)).withOneMore());
        assertEquals(CaseloadCheck.Outcome.OVER_CAP, new CaseloadCheck(10, Optional.of(10)).withOneMore());
        assertEquals(CaseloadCheck.Outcome.OVER_CAP, new CaseloadCheck(14, Optional.of(10)).withOneMore());
    }

    @Test
    void withoutACapNothingIsRefused() {
        assertEquals(CaseloadCheck.Outcome.FINE, new CaseloadCheck(500, Optional.empty()).withOneMore());
    }
}
