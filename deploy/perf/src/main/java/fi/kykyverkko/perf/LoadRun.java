package fi.kykyverkko.perf;

import fi.kykyverkko.testkit.VaadinHttpSession;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Virtual professionals started evenly over a ramp-up, each going round {@link Professional}'s scenario with think
 * time between the steps until the run is stopped. One platform thread per user (Java 17); the users share a few
 * HTTP clients (each keeps its own cookies). What they see goes to the current {@link Recorder}, which a stepped run
 * swaps per step.
 */
final class LoadRun {

    static final int USERS_PER_CLIENT = 50;

    private final PerfConfig config;
    private final List<HttpClient> clients = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicReference<Recorder> recorder = new AtomicReference<>(new Recorder());
    private volatile boolean running = true;

    LoadRun(PerfConfig config) {
        this.config = config;
    }

    /** One run: {@code users} started over {@code rampUpSeconds}, then {@code durationSeconds} more; what they saw. */
    static Recorder run(PerfConfig config, int users, int rampUpSeconds, int durationSeconds) throws InterruptedException {
        LoadRun run = new LoadRun(config);
        Recorder recorder = run.recorder(new Recorder());
        run.add(users, rampUpSeconds);
        Thread.sleep((rampUpSeconds + (long) durationSeconds) * 1000L);
        run.stop();
        recorder.end();
        return recorder;
    }

    /** From now on, what the users see goes to {@code next} (started now). */
    Recorder recorder(Recorder next) {
        next.start();
        recorder.set(next);
        return next;
    }

    /** Starts {@code users} more users, evenly over {@code rampUpSeconds} (returns at once). */
    synchronized void add(int users, int rampUpSeconds) {
        long start = System.nanoTime();
        int first = threads.size();
        for (int i = 0; i < users; i++) {
            int index = first + i;
            long delayNanos = users <= 1 ? 0 : (long) (rampUpSeconds * 1e9 * i / users);
            Professional professional = new Professional(config, recorder::get, client(index), index);
            Thread thread = new Thread(() -> live(professional, start + delayNanos), "vu-" + index);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Users logged in now. */
    int active() {
        return active.get();
    }

    int started() {
        return threads.size();
    }

    /** Stops every user after the round trip it is in (think time is cut short). */
    void stop() throws InterruptedException {
        running = false;
        List<Thread> all;
        synchronized (this) {
            all = List.copyOf(threads);
        }
        for (Thread thread : all) {
            thread.interrupt();
        }
        for (Thread thread : all) {
            thread.join(70_000);
        }
    }

    private HttpClient client(int index) {
        synchronized (clients) {
            while (clients.size() <= index / USERS_PER_CLIENT) {
                clients.add(VaadinHttpSession.newClient());
            }
            return clients.get(index / USERS_PER_CLIENT);
        }
    }

    private void live(Professional professional, long startAt) {
        try {
            sleepUntil(startAt);
            Professional.Think think = () -> {
                long pause = thinkNanos();
                Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
                return running;
            };
            while (running) {
                if (!professional.loggedIn()) {
                    if (!professional.login()) {
                        Thread.sleep(1000); // a refused login is not retried at once, even without think time
                        think.pause();
                        continue;
                    }
                    active.incrementAndGet();
                    if (!think.pause()) {
                        return;
                    }
                }
                if (!professional.round(think) && !professional.loggedIn()) {
                    active.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }

    private long thinkNanos() {
        long min = config.thinkMinSeconds() * 1_000_000_000L;
        long max = config.thinkMaxSeconds() * 1_000_000_000L;
        return max <= min ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
