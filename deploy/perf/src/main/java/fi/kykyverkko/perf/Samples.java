package fi.kykyverkko.perf;

import java.util.Arrays;

/**
 * Round-trip times of one step, in microseconds, kept whole (a few-minute run has at most some hundred thousand):
 * percentiles by nearest rank on the sorted values, no estimation.
 */
final class Samples {

    private long[] values = new long[1024];
    private int count;

    synchronized void add(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("negative time " + micros);
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = micros;
    }

    synchronized int count() {
        return count;
    }

    synchronized void addAll(Samples other) {
        long[] theirs = other.sorted();
        for (long v : theirs) {
            add(v);
        }
    }

    synchronized long[] sorted() {
        long[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return copy;
    }

    /** The nearest-rank percentile (0 < p ≤ 100): the smallest value with at least p % of the values at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** p50, p95, p99, max and mean of these values. */
    synchronized Summary summary() {
        long[] s = sorted();
        double mean = s.length == 0 ? 0 : Arrays.stream(s).average().orElse(0);
        return new Summary(s.length, percentile(s, 50), percentile(s, 95), percentile(s, 99), s.length == 0 ? 0 : s[s.length - 1], mean);
    }

    /** Counts and times in microseconds. */
    record Summary(int count, long p50, long p95, long p99, long max, double mean) {
    }
}
