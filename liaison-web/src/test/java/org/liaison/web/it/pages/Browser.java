package org.liaison.web.it.pages;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (given explicitly, so Selenium downloads nothing),
 * with a fresh profile per browser. Screenshots land in target/screenshots for a person to look at; axe-core checks
 * what the page offers a keyboard or screen-reader user.
 */
public final class Browser implements AutoCloseable {

    /** The desktop a director works at and the phone an officer carries. */
    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private static final String AXE_SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    /** Chromium's profile for this browser alone, removed on close (a run opens hundreds of browsers). */
    private Path profile;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        // An Ajax update replaces the elements a condition just found (the messages, a table row); the
        // condition is then tried again rather than failing the test on a race it does not test.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
        this.base = base;
        // axe-core takes a few seconds on a long page on a busy machine.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    }

    /**
     * The address of the deployed application as Arquillian reports it, without the trailing slash, on 127.0.0.1:
     * the reported host may be the machine's external address, which the browser may not reach.
     */
    public static String applicationAt(URL deployed) {
        String path = deployed.getPath();
        return "http://127.0.0.1:" + deployed.getPort() + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    /** A desktop-sized (1366×900) or phone-sized (390×844) browser on the deployed application. */
    public static Browser open(URL deployed, boolean phone) {
        return open(applicationAt(deployed), phone);
    }

    /** A desktop-sized (1366×900) or phone-sized (390×844) browser on the application at {@code base}. */
    public static Browser open(String base, boolean phone) {
        return open(base, phone ? PHONE : DESKTOP, false);
    }

    /**
     * A desktop browser (1366×900) that also records its console and network events, so a test can read the
     * status of each page it opens ({@link #lastPageStatus()}) and what the page logged ({@link #consoleErrors()}).
     */
    public static Browser openRecording(String base) {
        return open(base, DESKTOP, true);
    }

    private static Browser open(String base, Dimension viewport, boolean recording) {
        try {
            Path profile = Files.createTempDirectory("liaison-chromium");
            ChromeOptions options = new ChromeOptions();
            if (recording) {
                LoggingPreferences logs = new LoggingPreferences();
                logs.enable(LogType.BROWSER, Level.ALL);
                logs.enable(LogType.PERFORMANCE, Level.ALL);
                options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            }
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=" + size(viewport),
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .build();
            Browser browser = new Browser(new ChromeDriver(service, options), base);
            browser.profile = profile;
            // The window is wider and taller than its page area (Chromium keeps a window at least 500 px wide).
            browser.resizeViewport(viewport);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * A wait condition: the element was replaced or removed (an ajax update re-rendered it). Chromium sometimes answers
     * a replaced node with "Node ... does not belong to the document" instead of a stale-element error, which
     * {@link ExpectedConditions#stalenessOf} does not take for staleness.
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    /**
     * Answers yes in the page's confirmation dialog, which a destructive button opens before it acts. jQuery's
     * animations are switched off first, so the click does not land on a dialog still fading in.
     */
    public void confirm() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
    }

    /**
     * Picks the option with the visible {@code label} in the PrimeFaces select menu {@code menuId}, the way a
     * person does: open the menu, click the option. The menu's overlay animates; on a busy machine a click can land
     * while it is still moving and be lost, so the outcome (the menu shows the label, the overlay is closed) is
     * checked and the pick repeated, up to three times.
     */
    public void chooseFromMenu(String menuId, String label) {
        ((JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        By menu = By.id(menuId);
        By panel = By.id(menuId + "_panel");
        By shown = By.id(menuId + "_label");
        By option = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label=\"" + label + "\"]");
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(5));
        shortWait.ignoring(StaleElementReferenceException.class);
        for (int attempt = 1; ; attempt++) {
            if (!isDisplayed(panel)) {
                driver.findElement(menu).click();
            }
            wait.until(ExpectedConditions.elementToBeClickable(option)).click();
            try {
                shortWait.until(d -> label.equals(d.findElement(shown).getText()) && !isDisplayed(panel));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Types {@code typed} into the lazy picker (a PrimeFaces autoComplete) {@code pickerId} and picks the first
     * suggestion whose label contains {@code labelPart}, the way a person does; answers the label picked.
     */
    public String chooseFromPicker(String pickerId, String typed, String labelPart) {
        ((JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        WebElement input = driver.findElement(By.id(pickerId + "_input"));
        input.sendKeys(typed);
        By item = By.xpath("//*[@id='" + pickerId + "_panel']//li[contains(@class,'ui-autocomplete-item')"
                + " and contains(@data-item-label, \"" + labelPart + "\")]");
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(item));
        String label = suggestion.getAttribute("data-item-label");
        suggestion.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(pickerId + "_panel")));
        return label;
    }

    /**
     * Picks {@code day} in the PrimeFaces date picker {@code pickerId} through its widget, as a click in its calendar
     * does. Typing into a picker in headless Chromium loses or reformats the text now and then (seen in PagesIT), so
     * stories pick dates this way; the field then shows the day as yyyy-MM-dd.
     */
    public void pickDate(String pickerId, java.time.LocalDate day) {
        ((JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                pickerId, day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        wait.until(d -> day.toString().equals(d.findElement(By.id(pickerId + "_input")).getDomProperty("value")));
    }

    /** Ticks the option labelled {@code label} in the PrimeFaces checkbox menu {@code menuId}, then closes the menu. */
    public void tickInCheckboxMenu(String menuId, String label) {
        ((JavascriptExecutor) driver).executeScript("if (window.jQuery) { jQuery.fx.off = true; }");
        driver.findElement(By.id(menuId)).click();
        By option = By.xpath("//*[@id='" + menuId + "_panel']//li[.//label[normalize-space()=\"" + label + "\"]]"
                + "//div[contains(@class,'ui-chkbox-box')]");
        wait.until(ExpectedConditions.elementToBeClickable(option)).click();
        // a click outside closes the panel; on a busy machine one can land before the panel listens for it
        for (int attempt = 1; ; attempt++) {
            driver.findElement(By.cssSelector("main h1")).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(7))
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
                return;
            } catch (TimeoutException stillOpen) {
                if (attempt == 3) {
                    throw stillOpen;
                }
            }
        }
    }

    private boolean isDisplayed(By locator) {
        return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    public String base() {
        return base;
    }

    /**
     * The HTTP status of the last page (document) the browser received since the previous call, after redirects;
     * null when it loaded none. Read from Chromium's network events (a browser opened with {@link #openRecording}).
     */
    public Integer lastPageStatus() {
        Integer status = null;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = Json.createReader(new StringReader(entry.getMessage())).readObject()
                    .getJsonObject("message");
            if ("Network.responseReceived".equals(message.getString("method", null))) {
                JsonObject params = message.getJsonObject("params");
                if ("Document".equals(params.getString("type", null))) {
                    status = params.getJsonObject("response").getInt("status");
                }
            }
        }
        return status;
    }

    /** What pages logged as errors (SEVERE) in the console since the previous call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves the page as {@code name-desktop.png} at 1366×900 and {@code name-phone.png} at 390×844, and checks it with
     * axe-core at both sizes (a phone layout hides and shows other things); the window is back at its size after.
     */
    public void lookAtBothSizes(String name) {
        Dimension before = viewport();
        StringBuilder failures = new StringBuilder();
        try {
            for (Map.Entry<String, Dimension> size : List.of(Map.entry("desktop", DESKTOP), Map.entry("phone", PHONE))) {
                resizeViewport(size.getValue());
                screenshot(name + "-" + size.getKey());
                try {
                    assertAccessible(name + " (" + size.getKey() + ")");
                    assertNoControlOverflowsItsCard(name + " (" + size.getKey() + ")");
                } catch (AssertionError e) {
                    failures.append(e.getMessage()).append('\n');
                }
            }
        } finally {
            resizeViewport(before);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.toString());
        }
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules and axe's best practices, plus the label-content-name-mismatch check)
     * on the page as it is now, and fails listing every violation of serious or critical impact.
     */
    public void assertAccessible(String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeScript());
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } })
                   .then(r => done(r.passes.length === 0
                        ? [{ id: 'axe-checked-nothing', impact: 'critical', help: 'axe-core ran no check', nodes: [], count: 0 }]
                        : r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '')
                                .replace(/\\s+/g, ' ') + [...n.any, ...n.all, ...n.none]
                                .flatMap(c => c.relatedNodes || []).slice(0, 3)
                                .map(r => ' [related: ' + r.target.join(' ') + ']').join('')).slice(0, 5),
                            count: v.nodes.length }))))
                   .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [], count: 0 }]));
                """);
        StringBuilder failures = new StringBuilder();
        for (Object item : (List<?>) result) {
            Map<?, ?> violation = (Map<?, ?>) item;
            if (FAILING_IMPACTS.contains(String.valueOf(violation.get("impact")))) {
                failures.append("\n  ").append(violation.get("impact")).append(' ').append(violation.get("id"))
                        .append(": ").append(violation.get("help")).append(" (").append(violation.get("count"))
                        .append(" elements)");
                for (Object node : (List<?>) violation.get("nodes")) {
                    failures.append("\n      ").append(node);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("axe-core on " + page + " at " + driver.getCurrentUrl() + ":" + failures);
        }
    }

    /** Fails when a field, menu or button sticks out of the card it sits in (a select menu sized to its longest option). */
    public void assertNoControlOverflowsItsCard(String page) {
        Object sticking = ((JavascriptExecutor) driver).executeScript("""
                const out = [];
                document.querySelectorAll('.card').forEach(card => {
                    const box = card.getBoundingClientRect();
                    card.querySelectorAll('.ui-selectonemenu, .ui-inputfield, .ui-button, .ui-calendar, input, select')
                        .forEach(el => {
                            const r = el.getBoundingClientRect();
                            // PrimeFaces' focus stand-ins are clipped to nothing; no one sees where they sit
                            if (el.closest('.ui-helper-hidden-accessible')) {
                                return;
                            }
                            if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) {
                                out.push((el.id || el.className) + ' ends at ' + Math.round(r.right)
                                    + ', its card at ' + Math.round(box.right));
                            }
                        });
                });
                return out;
                """);
        if (!((List<?>) sticking).isEmpty()) {
            throw new AssertionError("on " + page + " controls stick out of their card: " + sticking);
        }
    }

    private static String axeScript() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(AXE_SCRIPT + " is not on the test class path (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sizes the page area (not the window, which is taller by the browser's own bars even when headless) to
     * {@code size}, then lets the layout settle.
     */
    public void resizeViewport(Dimension size) {
        driver.manage().window().setSize(size);
        waitForLayout();
        Dimension viewport = viewport();
        if (!viewport.equals(size)) {
            driver.manage().window().setSize(new Dimension(2 * size.getWidth() - viewport.getWidth(),
                    2 * size.getHeight() - viewport.getHeight()));
            waitForLayout();
        }
    }

    private Dimension viewport() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        return new Dimension(((Number) js.executeScript("return window.innerWidth;")).intValue(),
                ((Number) js.executeScript("return window.innerHeight;")).intValue());
    }

    /** After a resize: let media queries apply and PrimeFaces' resize handlers run before anything is measured. */
    private void waitForLayout() {
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));");
    }

    private static String size(Dimension size) {
        return size.getWidth() + "," + size.getHeight();
    }

    @Override
    public void close() {
        driver.quit();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a file Chromium still held: the operating system's temporary directory keeps it
            }
        }
    }
}
