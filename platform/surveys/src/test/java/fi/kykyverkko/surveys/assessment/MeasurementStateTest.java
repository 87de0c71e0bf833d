package fi.kykyverkko.surveys.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasurementStateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 16);

    @Test
    void upcomingUntilTwoWeeksBeforeDueUntilTwoWeeksAfterThenOverdue() {
        assertEquals(MeasurementState.UPCOMING, MeasurementState.of(DAY, false, DAY.minusDays(15)));
        assertEquals(MeasurementState.DUE, MeasurementState.of(DAY, false, DAY.minusDays(14)));
        assertEquals(MeasurementState.DUE, MeasurementState.of(DAY, false, DAY));
        assertEquals(MeasurementState.DUE, MeasurementState.of(DAY, false, DAY.plusDays(14)));
        assertEquals(MeasurementState.OVERDUE, MeasurementState.of(DAY, false, DAY.plusDays(15)));
    }

    @Test
    void answeredIsAnsweredWhenever() {
        assertEquals(MeasurementState.ANSWERED, MeasurementState.of(DAY, true, DAY.plusDays(400)));
        assertEquals(MeasurementState.ANSWERED, MeasurementState.of(DAY, true, DAY.minusDays(30)));
    }
}
