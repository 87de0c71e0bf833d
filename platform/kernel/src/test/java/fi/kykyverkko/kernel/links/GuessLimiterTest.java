package fi.kykyverkko.kernel.links;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kykyverkko.kernel.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GuessLimiterTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final GuessLimiter limiter = new GuessLimiter(clock, 10, Duration.ofMinutes(1), Duration.ofMinutes(5));

    private void fail(TenantId tenant, String key, int times) {
        for (int i = 0; i < times; i++) {
            limiter.admit(tenant, key);
            limiter.failed(tenant, key);
        }
    }

    @Test
    void tenFailuresInAMinuteAreAllowedTheEleventhAttemptIsRefused() {
        fail(LAPPI, "203.0.113.7", 9);
        assertDoesNotThrow(() -> limiter.admit(LAPPI, "203.0.113.7"), "nine failures: the tenth try still goes");
        limiter.failed(LAPPI, "203.0.113.7");
        GuessesRefusedException refused = assertThrows(GuessesRefusedException.class, () -> limiter.admit(LAPPI, "203.0.113.7"));
        assertEquals(Duration.ofMinutes(5), refused.retryAfter());
    }

    @Test
    void theRefusalLastsTheCoolDownThenTheCallerStartsAfresh() {
        fail(LAPPI, "a", 10);
        clock.pass(Duration.ofMinutes(4).plusSeconds(59));
        assertEquals(Duration.ofSeconds(1), assertThrows(GuessesRefusedException.class, () -> limiter.admit(LAPPI, "a")).retryAfter());
        clock.pass(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> limiter.admit(LAPPI, "a"));
        fail(LAPPI, "a", 9);
        assertDoesNotThrow(() -> limiter.admit(LAPPI, "a"), "the old failures are forgotten");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail(LAPPI, "a", 9);
        clock.pass(Duration.ofSeconds(61));
        fail(LAPPI, "a", 9);
        assertDoesNotThrow(() -> limiter.admit(LAPPI, "a"));
        limiter.failed(LAPPI, "a");
        assertThrows(GuessesRefusedException.class, () -> limiter.admit(LAPPI, "a"));
    }

    @Test
    void eachAddressAndEachRegionIsCountedApart() {
        fail(LAPPI, "a", 10);
        assertThrows(GuessesRefusedException.class, () -> limiter.admit(LAPPI, "a"));
        assertDoesNotThrow(() -> limiter.admit(LAPPI, "b"), "another address");
        assertDoesNotThrow(() -> limiter.admit(KYMENLAAKSO, "a"), "the same address in another region");
    }

    @Test
    void aCallerIsAlwaysOfOneRegionAndOneAddress() {
        assertThrows(IllegalArgumentException.class, () -> limiter.failed(null, "a"));
        assertThrows(IllegalArgumentException.class, () -> limiter.admit(LAPPI, null));
    }
}
