package fi.kykyverkko.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver; logs in through the real Keycloak login
 * page (username and password on one page) and checks pages with axe-core from its npm package.
 */
public final class Browser implements AutoCloseable {

    public static final String DEMO_PASSWORD = "Kykyverkko-demo-2026";
    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() throws Exception {
        this(1280, 1000);
    }

    /** A phone-sized window (CSS pixels), e.g. 390 × 844 as an iPhone 12–14. */
    public static Browser phone() throws Exception {
        return new Browser(390, 844);
    }

    private static boolean narrow(int width) {
        return width < 500; // headless Chromium's windows are at least 500 px wide: below that, emulate the device
    }

    public Browser(int width, int height) throws Exception {
        this(width, height, null);
    }

    /** A desktop window whose person reads {@code language}, see {@link #Browser(int, int, String)}. */
    public Browser(String language) throws Exception {
        this(1280, 1000, language);
    }

    /**
     * A window of {@code width} × {@code height} whose person reads {@code language} ("fi", "sv", "en"): Chromium's
     * interface language and the Accept-Language it sends, which headless Chromium takes from its preferences rather
     * than from {@code --lang}. {@code null} leaves Chromium's own Accept-Language, as the other constructors do.
     */
    public Browser(int width, int height, String language) throws Exception {
        String tag = language == null ? "fi-FI" : switch (language) {
            case "fi" -> "fi-FI";
            case "sv" -> "sv-FI";
            default -> "en-GB";
        };
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=" + tag,
                "--user-data-dir=" + Files.createTempDirectory("kyky-chromium-"));
        if (language != null) {
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", tag + "," + language));
        }
        if (narrow(width)) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** From any portal URL: through Keycloak's login page and back to the portal shell. */
    public void login(String portalUrl, String username) {
        driver.get(portalUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD); // one page: username and password together
        driver.findElement(By.id("kc-login")).click();
        waitFor(By.id("region-name"));
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Waits until the element's text contains the text. Selenium's own condition retries only a stale element;
     * Chromium may instead answer "node does not belong to the document" while Vaadin replaces it.
     */
    public void waitForText(By by, String text) {
        wait.until(d -> {
            try {
                return d.findElement(by).getText().contains(text) ? Boolean.TRUE : null;
            } catch (org.openqa.selenium.WebDriverException replacedOrNotYetThere) {
                return null;
            }
        });
    }

    /** Waits until a script returns true. */
    public void waitUntil(String js, Object... args) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(js, args)));
    }

    /**
     * The element's text, retried while Vaadin replaces the element (right after login or navigation the node
     * found may leave the document before its text is read).
     */
    public String text(By by) {
        return wait.until(d -> {
            try {
                return d.findElement(by).getText();
            } catch (org.openqa.selenium.WebDriverException replacedOrNotYetThere) {
                return null;
            }
        });
    }

    /** Clicks the element, finding it again if Vaadin replaced it in between (grid cells after a refresh). */
    public void click(By by) {
        wait.until(d -> {
            try {
                WebElement element = d.findElement(by);
                // the middle of the screen: nothing fixed (a header, a notification) lies over it there; instantly, so
                // that a page's smooth scrolling does not still move the element when the click lands
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
                element.click();
                return true;
            } catch (org.openqa.selenium.WebDriverException replacedOrNotYetThere) {
                return null;
            }
        });
    }

    /** Picks an item of a vaadin-select by its visible label. */
    public void choose(String selectId, String label) {
        click(By.id(selectId));
        // an item clicked while the overlay still opens (its animation, on a slow machine) is missed
        clickItem("vaadin-select-overlay[opening]", "vaadin-select-item", text -> text.equals(label));
    }

    /**
     * Picks an item of a vaadin-combo-box as a person would: opens it, types {@code label} to filter, and clicks the
     * first item whose text starts with it.
     */
    public void pick(String comboBoxId, String label) {
        click(By.id(comboBoxId));
        WebElement input = waitFor(By.cssSelector("#" + comboBoxId + " input"));
        // a box that already shows a value would filter by that value followed by the label: replace it
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(label);
        clickItem("vaadin-combo-box-overlay[opening]", "vaadin-combo-box-item", text -> text.startsWith(label));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-overlay[opened]")).isEmpty());
    }

    /** Clicks the first shown item whose text matches, once no overlay is still opening, retrying while Vaadin renders. */
    private void clickItem(String opening, String items, java.util.function.Predicate<String> matches) {
        wait.until(d -> {
            try {
                if (!d.findElements(By.cssSelector(opening)).isEmpty()) {
                    return null;
                }
                WebElement item = d.findElements(By.cssSelector(items)).stream()
                        .filter(i -> i.isDisplayed() && matches.test(i.getText().trim())).findFirst().orElse(null);
                if (item == null) {
                    return null;
                }
                item.click();
                return true;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return null;
            }
        });
    }

    /** Whether the page scrolls sideways: content wider than the window, the first thing that breaks on a phone. */
    public boolean scrollsSideways() {
        return Boolean.TRUE.equals(script("return document.documentElement.scrollWidth > window.innerWidth"));
    }

    /** Whether the element is on screen, not pushed out of the window or covered by nothing wider than it. */
    public boolean onScreen(By by) {
        return Boolean.TRUE.equals(script("const r = arguments[0].getBoundingClientRect();"
                + "return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight;",
                waitFor(by)));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Runs axe-core on the page as it is now (WCAG 2.0/2.1 A and AA rules plus axe's best practices, such as one
     * main landmark and all content inside landmarks) and returns every violation, whatever its impact.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> accessibilityViolations() throws Exception {
        String axe = Files.readString(Path.of(System.getProperty("kyky.it.axe", "target/axe/node_modules/axe-core/axe.min.js")));
        // a notification fading out is half transparent on its way: its contrast says nothing about the page (axe
        // once measured one mid-fade); wait until no card is closing. Open notifications are still checked.
        waitUntil("return document.querySelector('vaadin-notification-card[closing]') === null");
        script(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                        + ".then(r => done(r.violations"
                        + ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                        + ".catch(e => done([{id: 'axe-error', help: String(e)}]));");
        return (List<Map<String, Object>>) result;
    }

    /** Every axe-core violation of the page as it is now (a dialog open, a file chosen), one line each starting with {@code page}. */
    public List<String> accessibilityProblems(String page) throws Exception {
        Thread.sleep(500); // let web components finish rendering
        return accessibilityViolations().stream()
                .map(v -> page + ": " + v.get("impact") + " " + v.get("id") + " – " + v.get("help") + " " + v.get("nodes"))
                .toList();
    }

    /** Opens {@code url}, waits for {@code ready} and describes each axe-core violation, of any impact, as one line. */
    public List<String> accessibilityProblems(String page, String url, By ready) throws Exception {
        open(url);
        waitFor(ready);
        return accessibilityProblems(page);
    }

    /** Types into a Vaadin field as a person would: sets the value and fires input and change. */
    public void type(String id, String text) {
        script("const f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + "f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));", id, text);
    }

    /** Saves what the browser shows (used for the README's picture of the shell). */
    public void screenshot(Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
