package fi.kykyverkko.clients.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.referrals.SourceType;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo caseload's referral sources follow Lapland's table. */
class ClientsDemoDataTest {

    private static Map<SourceType, Integer> sources(int count) {
        Map<SourceType, Integer> counted = new EnumMap<>(SourceType.class);
        for (int i = 0; i < count; i++) {
            counted.merge(ClientsDemoData.source(i, count), 1, Integer::sum);
        }
        return counted;
    }

    @Test
    void eightySevenClientsAreLaplandsTableExactly() {
        assertEquals(ClientsDemoData.LAPLAND_REFERRALS, sources(87));
    }

    @Test
    void otherSizesKeepItsProportionsWithinOneClient() {
        for (int count : new int[] {60, 96, 120, 150}) {
            Map<SourceType, Integer> counted = sources(count);
            for (var row : ClientsDemoData.LAPLAND_REFERRALS.entrySet()) {
                double expected = row.getValue() * count / 87.0;
                assertTrue(Math.abs(counted.getOrDefault(row.getKey(), 0) - expected) <= 1.0, count + " " + row.getKey() + ": " + counted);
            }
        }
    }
}
