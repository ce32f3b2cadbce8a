package nl.burgernet.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver} packages; nothing is downloaded) that
 * logs in through the real login form and waits for PrimeFaces' ajax like a patient person. Each instance has a
 * fresh profile, so a test starts without cookies; downloads land in {@link #downloads()}.
 */
public final class Browser implements AutoCloseable {

    /** Generous: the build machine is slow and busy. */
    private static final Duration PATIENCE = Duration.ofSeconds(45);

    private final WebDriver driver;
    private final URI base;
    private final Path profile;
    private final Path downloads;

    private Browser(WebDriver driver, URI base, Path profile, Path downloads) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** A browser for the portal at {@code portal}, reading English unless the page is switched. */
    public static Browser open(URL portal) {
        String chromedriver = System.getProperty("burgernet.it.chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("burgernet.it.chromium", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromedriver)) || !Files.isExecutable(Path.of(chromium))) {
            throw new IllegalStateException("The browser tests need " + chromium + " and " + chromedriver
                    + ": apt-get install chromium chromium-driver (or set burgernet.it.chromium and"
                    + " burgernet.it.chromedriver)");
        }
        System.setProperty("webdriver.chrome.driver", chromedriver);
        try {
            Path profile = Files.createTempDirectory("burgernet-chromium-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + profile.resolve("profile"),
                    "--window-size=1400,1000",
                    "--lang=en-GB");
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "intl.accept_languages",
                            "en-GB,en",
                            "download.default_directory",
                            downloads.toString(),
                            "download.prompt_for_download",
                            false));
            WebDriver driver = new ChromeDriver(options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            return new Browser(driver, portal.toURI(), profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Fills in and submits the login form; returns when the start page of the login's role has loaded. */
    public Browser loginAs(String username, String password) {
        get("login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        driver.findElement(By.id("loginForm:submit")).click();
        until(d -> !d.getCurrentUrl().contains("login.xhtml"));
        waitForPage();
        return this;
    }

    public Browser get(String path) {
        driver.get(base.resolve(path).toString());
        waitForPage();
        return this;
    }

    /** The path of the current page below the portal's root, e.g. "admin/index.xhtml". */
    public String path() {
        String url = driver.getCurrentUrl();
        String relative =
                url.startsWith(base.toString()) ? url.substring(base.toString().length()) : url;
        int query = relative.indexOf('?');
        return query < 0 ? relative : relative.substring(0, query);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page's HTML as the browser holds it now, hidden parts and attribute values included. */
    public String source() {
        return driver.getPageSource();
    }

    public WebElement find(By by) {
        return until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    public void click(By by) {
        find(by).click();
    }

    /** Clicks {@code by} at an offset from its centre, as a person's mouse would: a point on a map, say. */
    public void clickAt(By by, int rightOfCentre, int belowCentre) {
        new Actions(driver)
                .moveToElement(find(by), rightOfCentre, belowCentre)
                .click()
                .perform();
    }

    /** Clicks and waits until PrimeFaces' ajax queue is empty again. */
    public void clickAndWait(By by) {
        click(by);
        waitForAjax();
    }

    /**
     * Waits for {@code condition} to give something other than null or false. When it never does, what the browser
     * showed is saved to {@code target/screenshots/timeout-*.png} for whoever reads the failure.
     */
    public <T> T until(Function<WebDriver, T> condition) {
        try {
            // A page being replaced (navigation, an AJAX update) makes elements stale mid-check: look again.
            return new WebDriverWait(driver, PATIENCE)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (TimeoutException e) {
            Path shot = screenshot("timeout-" + System.currentTimeMillis());
            throw new TimeoutException("Gave up waiting on " + path() + " (screenshot " + shot + ")", e);
        }
    }

    public void waitForAjax() {
        until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    private void waitForPage() {
        until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Runs a script that calls its last argument (a callback) when done, and returns what it passed. */
    public Object asyncScript(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, args);
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path png = dir.resolve(name + ".png");
            Path taken =
                    ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            return Files.copy(taken, png, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot of the page from its top with the window {@code height} pixels tall (for pictures in the README
     * that need more than one screen), then the window as it was.
     */
    public Path screenshotFromTop(String name, int height) {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(before.getWidth(), height));
            script("window.scrollTo(0, 0)");
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Where downloads go; a download is complete when Chromium has renamed its ".crdownload" file. */
    public Path downloads() {
        return downloads;
    }

    public Path awaitDownload() {
        return until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                // Chromium writes into a hidden temporary file, then renames it (via ".crdownload") when done.
                return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                System.err.println("Could not remove the browser profile " + profile + ": " + e);
            }
        }
    }
}
