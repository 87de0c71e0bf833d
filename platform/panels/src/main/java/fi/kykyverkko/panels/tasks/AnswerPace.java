package fi.kykyverkko.panels.tasks;

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
 * The pace of answers through an open task link: the link itself is resolved through the kernel's rate-limited
 * lookup (guesses of tokens are slowed there); an open link can be answered any number of times, so here one
 * caller's address in one region may store at most {@link #LIMIT} answers in {@link #WINDOW}. In memory of this
 * instance, as the kernel's guess limiter is.
 */
@ApplicationScoped
public class AnswerPace {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    /** True, and counted, when this caller may store an answer now. */
    public boolean admit(TenantId tenant, String address) {
        Instant now = clock.instant();
        if (recent.size() > PRUNE_ABOVE) {
            recent.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(tenant.value() + "|" + address, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= LIMIT) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
