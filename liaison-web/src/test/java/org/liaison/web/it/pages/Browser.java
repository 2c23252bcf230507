package org.liaison.web.it.pages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
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
 * with a fresh profile per browser. Screenshots land in target/screenshots for a person to look at.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base;
    }

    /** A desktop-sized (1280×900) or phone-sized (390×844) browser on the application at {@code base}. */
    public static Browser open(String base, boolean phone) {
        return open(base, phone ? "390,844" : "1280,900", false);
    }

    /**
     * A desktop browser (1366×900) that also records its console and network events, so a test can read the
     * status of each page it opens ({@link #lastPageStatus()}) and what the page logged ({@link #consoleErrors()}).
     */
    public static Browser openRecording(String base) {
        return open(base, "1366,900", true);
    }

    private static Browser open(String base, String windowSize, boolean recording) {
        try {
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
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=" + windowSize,
                    "--user-data-dir=" + Files.createTempDirectory("liaison-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .build();
            return new Browser(new ChromeDriver(service, options), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void go(String path) {
        driver.get(base + path);
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

    @Override
    public void close() {
        driver.quit();
    }
}
