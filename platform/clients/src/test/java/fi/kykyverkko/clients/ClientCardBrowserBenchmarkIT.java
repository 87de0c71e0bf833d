package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Opening a client card as a person does it, in Chromium: from "my clients", a click on a client until the card is
 * on the screen (the server's reads, its audit write, Vaadin's round trip and the browser's drawing). Timed inside
 * the page (performance.now() from the click to the card's heading appearing), so WebDriver's own overhead is not
 * counted. Not a test: failsafe excludes {@code *BenchmarkIT}; run it as platform/clients/README.md "Performance"
 * says. It writes {@code target/benchmarks/client-card-browser.md} of deploy/portal.
 */
class ClientCardBrowserBenchmarkIT extends PortalClientTest {

    private static final int WARM_UP = 30;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);

    /** Clicks the {@code arguments[0]}th client of "my clients" and answers the milliseconds until the card's heading. */
    private static final String OPEN_CARD = """
            const index = arguments[0], done = arguments[arguments.length - 1];
            const links = document.querySelectorAll('#my-clients a');
            const link = links[index % links.length];
            const started = performance.now();
            const seen = new MutationObserver(() => {
              if (document.getElementById('client-heading')) { seen.disconnect(); done(performance.now() - started); }
            });
            seen.observe(document.body, {childList: true, subtree: true});
            link.click();
            """;

    @Test
    void openingTheCardFromMyClients() throws Exception {
        List<Double> millis = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
            for (int i = 0; i < WARM_UP + ROUNDS; i++) {
                browser.open(portal("lappi/clients/mine"));
                browser.waitFor(By.cssSelector("#my-clients a"));
                Number took = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(OPEN_CARD, i);
                if (i >= WARM_UP) {
                    millis.add(took.doubleValue());
                }
            }
        }
        assertTrue(millis.size() == ROUNDS, "every round timed");
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        String report = String.join("\n",
                "# Client card in Chromium " + LocalDateTime.now(PortalTime.ZONE).withNano(0) + " (Helsinki)",
                "",
                "lappi.professional opens a card from \"my clients\" (the demo caseload), " + ROUNDS + " times after " + WARM_UP
                        + " warm-up opens; click to the card's heading on the screen, in ms.",
                "",
                "| mean | p50 | p95 | p99 | max |",
                "|---|---|---|---|---|",
                String.format(Locale.ROOT, "| %.1f | %.1f | %.1f | %.1f | %.1f |", mean, at(sorted, 50), at(sorted, 95), at(sorted, 99),
                        sorted[sorted.length - 1]),
                "");
        System.out.println(report);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("client-card-browser.md"), report);
    }

    private static double at(double[] sorted, double percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100 * sorted.length) - 1)];
    }
}
