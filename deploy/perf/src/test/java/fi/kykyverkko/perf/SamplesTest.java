package fi.kykyverkko.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** Percentiles by nearest rank, the summary, and how errors are grouped into kinds. */
class SamplesTest {

    @Test
    void percentilesAreNearestRank() {
        Samples s = new Samples();
        for (int i = 100; i >= 1; i--) {
            s.add(i * 1000L);
        }
        Samples.Summary summary = s.summary();
        assertEquals(100, summary.count());
        assertEquals(50_000, summary.p50());
        assertEquals(95_000, summary.p95());
        assertEquals(99_000, summary.p99());
        assertEquals(100_000, summary.max());
        assertEquals(50_500.0, summary.mean(), 0.001);
        assertEquals(7, Samples.percentile(new long[] {7}, 99));
        assertEquals(3, Samples.percentile(new long[] {1, 2, 3, 4}, 75));
        assertEquals(0, new Samples().summary().p95(), "no samples: zeros, not an exception");
        assertThrows(IllegalArgumentException.class, () -> Samples.percentile(new long[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> s.add(-1));
    }

    @Test
    void growsPastItsFirstArray() {
        Samples s = new Samples();
        for (int i = 0; i < 5000; i++) {
            s.add(i);
        }
        assertEquals(5000, s.count());
        assertEquals(4999, s.summary().max());
    }

    @Test
    void roundTripsLeaveTheLoginOut() {
        Recorder r = new Recorder();
        r.time(Recorder.LOGIN, 900_000);
        r.time("front page", 10_000);
        r.time("groups", 30_000);
        assertEquals(2, r.roundTrips().count());
        assertEquals(30_000, r.roundTrips().summary().max());
        assertEquals(java.util.List.of("login", "front page", "groups"), java.util.List.copyOf(r.steps().keySet()));
    }

    @Test
    void errorsAreGroupedByKind() {
        assertEquals("HTTP 503", Recorder.kind(new IllegalStateException("UIDL request of lappi.professional answered 503: x")));
        assertEquals("login did not return to the portal: 200 /realms/kykyverkko/login-actions/authenticate",
                Recorder.kind(new IllegalStateException("lappi.professional did not get back to the portal after the login: 200 "
                        + "http://localhost:18189/realms/kykyverkko/login-actions/authenticate?session_code=x")));
        assertEquals("timeout", Recorder.kind(new HttpTimeoutException("request timed out")));
        assertEquals("connection refused", Recorder.kind(new ConnectException()));
        assertEquals("no element plan-meeting", Recorder.kind(new IllegalStateException("no element with id plan-meeting in the UI of x (12 nodes)")));
        assertEquals("IOException closed after N bytes", Recorder.kind(new IOException("closed after 12 bytes")));
        Recorder r = new Recorder();
        r.error("groups", new IllegalStateException("UIDL request of a answered 500: x"));
        r.error("groups", new IllegalStateException("UIDL request of b answered 500: y"));
        assertEquals(java.util.Map.of("groups: HTTP 500", 2L), r.errors());
        assertTrue(r.errorCount() == 2);
    }
}
