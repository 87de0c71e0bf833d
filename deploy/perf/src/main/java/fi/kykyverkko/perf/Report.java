package fi.kykyverkko.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** A Markdown report: a title, free lines, tables of step times; written to a file and printed. */
final class Report {

    private final StringBuilder text = new StringBuilder();

    Report(String title) {
        text.append("# ").append(title).append("\n\n");
    }

    Report line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
        return this;
    }

    Report blank() {
        text.append('\n');
        return this;
    }

    Report heading(String heading) {
        text.append("\n## ").append(heading).append("\n\n");
        return this;
    }

    /** Per step and overall: count, p50/p95/p99/max in ms, throughput per second; then errors by kind. */
    Report steps(Recorder recorder) {
        double seconds = recorder.seconds();
        text.append("| step | round trips | p50 ms | p95 ms | p99 ms | max ms | per s |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Samples> step : recorder.steps().entrySet()) {
            row(step.getKey(), step.getValue().summary(), seconds);
        }
        row("**all UIDL round trips** (login excluded)", recorder.roundTrips().summary(), seconds);
        text.append('\n');
        Map<String, Long> errors = recorder.errors();
        if (errors.isEmpty()) {
            text.append("Errors: none.\n");
        } else {
            text.append("Errors: ").append(recorder.errorCount()).append("\n\n| step: kind | count |\n|---|---:|\n");
            errors.forEach((kind, n) -> text.append("| ").append(kind.replace("|", "/")).append(" | ").append(n).append(" |\n"));
        }
        return this;
    }

    Report code(String block) {
        text.append("```\n").append(block.endsWith("\n") ? block : block + "\n").append("```\n");
        return this;
    }

    String text() {
        return text.toString();
    }

    /** Writes the report to {@code file} and prints it. */
    Path write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println();
        System.out.println(text);
        System.out.println("Report written to " + file);
        return file;
    }

    static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }

    private void row(String name, Samples.Summary s, double seconds) {
        text.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.2f |%n", name, s.count(), ms(s.p50()), ms(s.p95()),
                ms(s.p99()), ms(s.max()), seconds > 0 ? s.count() / seconds : 0));
    }
}
