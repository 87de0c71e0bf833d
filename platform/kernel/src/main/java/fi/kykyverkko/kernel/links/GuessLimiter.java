package fi.kykyverkko.kernel.links;

import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of link tokens and short codes: per region and per caller's address key, at most
 * {@code limit} failed attempts within {@code window}; the attempt after that, and every one for
 * {@code coolDown} after the last failure, is refused before anything is looked up. In memory of this one
 * portal instance (a restart forgets; several instances would each count their own).
 */
@ApplicationScoped
public class GuessLimiter {

    public static final int DEFAULT_LIMIT = 10;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofMinutes(5);
    /** Above this many tracked callers, those with nothing left to remember are dropped. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Duration coolDown;
    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    public GuessLimiter() {
        this(Clock.systemUTC(), DEFAULT_LIMIT, DEFAULT_WINDOW, DEFAULT_COOL_DOWN);
    }

    GuessLimiter(Clock clock, int limit, Duration window, Duration coolDown) {
        if (limit < 1 || window.isNegative() || window.isZero() || coolDown.isNegative()) {
            throw new IllegalArgumentException("a limit of at least 1 and a positive window");
        }
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.coolDown = coolDown;
    }

    /** Throws {@link GuessesRefusedException} when this caller in this region must wait; otherwise nothing. */
    public void admit(TenantId tenant, String addressKey) {
        Failures known = failures.get(new Key(tenant, addressKey));
        if (known != null) {
            Instant until = known.refusedUntil(clock.instant());
            if (until != null) {
                throw new GuessesRefusedException(Duration.between(clock.instant(), until));
            }
        }
    }

    /** A failed attempt (unknown, expired, revoked, spent or malformed: all count the same). */
    public void failed(TenantId tenant, String addressKey) {
        if (failures.size() > PRUNE_ABOVE) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> f.forgettable(now));
        }
        failures.computeIfAbsent(new Key(tenant, addressKey), k -> new Failures()).add(clock.instant());
    }

    private record Key(TenantId tenant, String addressKey) {
        Key {
            if (tenant == null || addressKey == null) {
                throw new IllegalArgumentException("guesses are counted per region and caller");
            }
        }
    }

    private final class Failures {
        private final Deque<Instant> recent = new ArrayDeque<>();
        private Instant refusedUntil;

        synchronized void add(Instant now) {
            forget(now);
            recent.addLast(now);
            if (recent.size() >= limit) {
                refusedUntil = now.plus(coolDown);
            }
        }

        synchronized Instant refusedUntil(Instant now) {
            forget(now);
            return refusedUntil;
        }

        synchronized boolean forgettable(Instant now) {
            forget(now);
            return recent.isEmpty() && refusedUntil == null;
        }

        private void forget(Instant now) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
                recent.removeFirst();
            }
            if (refusedUntil != null && !now.isBefore(refusedUntil)) {
                refusedUntil = null;
                recent.clear(); // after the cool-down a caller starts afresh
            }
        }
    }
}
