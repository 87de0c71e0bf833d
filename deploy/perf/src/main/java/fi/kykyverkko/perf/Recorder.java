package fi.kykyverkko.perf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What a load run saw: round-trip times per named step, and errors per step and kind. Thread-safe. */
final class Recorder {

    /** Steps that are not one UIDL round trip (the login is a chain of redirects through Keycloak). */
    static final String LOGIN = "login";

    private final Map<String, Samples> steps = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private volatile long startedNanos = System.nanoTime();
    private volatile long endedNanos;

    void start() {
        startedNanos = System.nanoTime();
        endedNanos = 0;
    }

    void end() {
        endedNanos = System.nanoTime();
    }

    double seconds() {
        long end = endedNanos == 0 ? System.nanoTime() : endedNanos;
        return (end - startedNanos) / 1e9;
    }

    void time(String step, long micros) {
        order.putIfAbsent(step, order.size());
        steps.computeIfAbsent(step, s -> new Samples()).add(micros);
    }

    /** An error of {@code step}; its kind is the exception's class and the first words of its message. */
    void error(String step, Throwable e) {
        order.putIfAbsent(step, order.size());
        errors.computeIfAbsent(step + ": " + kind(e), k -> new AtomicLong()).incrementAndGet();
    }

    /** What kind of error {@code e} is, short enough to group by: "HTTP 503", "timeout", "no element x" ... */
    static String kind(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String name = e.getClass().getSimpleName();
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "timeout";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        java.util.regex.Matcher status = java.util.regex.Pattern.compile("answered (\\d{3})").matcher(message);
        if (status.find()) {
            return "HTTP " + status.group(1);
        }
        java.util.regex.Matcher element = java.util.regex.Pattern.compile("no element with id (\\S+)").matcher(message);
        if (element.find()) {
            return "no element " + element.group(1);
        }
        java.util.regex.Matcher login = java.util.regex.Pattern.compile("after the login: (\\d+) (?:https?://[^/]+)?([^?\\s]*)").matcher(message);
        if (login.find()) {
            return "login did not return to the portal: " + login.group(1) + " " + login.group(2);
        }
        String first = message.split("[:(\\n]", 2)[0].trim();
        first = first.replaceAll("\\d+", "N");
        return name + (first.isEmpty() ? "" : " " + (first.length() > 80 ? first.substring(0, 80) : first));
    }

    /** Steps in the order they were first seen, with their samples. */
    Map<String, Samples> steps() {
        Map<String, Samples> ordered = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> ordered.put(e.getKey(), steps.getOrDefault(e.getKey(), new Samples())));
        return ordered;
    }

    /** Every UIDL round trip of every step but the login. */
    Samples roundTrips() {
        return roundTrips(java.util.Set.of());
    }

    /** Every UIDL round trip but the login's and those of {@code excluded} steps. */
    Samples roundTrips(java.util.Set<String> excluded) {
        Samples all = new Samples();
        steps.forEach((step, samples) -> {
            if (!LOGIN.equals(step) && !excluded.contains(step)) {
                all.addAll(samples);
            }
        });
        return all;
    }

    Map<String, Long> errors() {
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((k, v) -> sorted.put(k, v.get()));
        return sorted;
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
