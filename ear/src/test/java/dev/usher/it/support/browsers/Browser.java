package dev.usher.it.support.browsers;

import dev.usher.it.support.clients.Api;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: both paths are given, so
 * Selenium never looks for (or downloads) a browser or a driver. Each browser gets a fresh
 * profile directory, removed at close. Waits are for the page to settle, not time limits on
 * speed: the generous timeout only keeps a broken page from hanging the build.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(45);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    /** The narrowest window headless Chromium keeps, whatever --window-size says. */
    private static final int HEADLESS_MIN_WIDTH = 500;

    private Browser(int width, int height, String... extraArguments) {
        String chromium = System.getProperty("usher.it.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("usher.it.chromedriver", "/usr/bin/chromedriver");
        try {
            profile = Files.createTempDirectory("usher-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
                "--lang=en-US", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        // Downloads (the guest list's CSV) land in the profile, which is removed at close.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = patient(PATIENCE);
        if (width < HEADLESS_MIN_WIDTH) {
            viewport(width, height); // a phone's width is laid out at that width, not at 500 px
        }
    }

    public static Browser open() {
        return new Browser(1280, 900);
    }

    /** A browser of this window size with more Chromium switches, e.g. a fake camera. */
    public static Browser open(int width, int height, String... extraArguments) {
        return new Browser(width, height, extraArguments);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the server under test, e.g. {@code /} or {@code /#/events}. */
    public void go(String path) {
        driver.get(Api.baseUrl() + path);
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public <T> T waitUntil(Function<org.openqa.selenium.WebDriver, T> condition) {
        return wait.until(condition);
    }

    public void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The same, with more patience: for a camera pipeline (fake video, ZXing in the page) on a busy machine. */
    public void waitForText(By locator, String text, Duration patience) {
        patient(patience).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /**
     * A wait whose timeout says what the page showed instead (a failure in a CI run leaves only its
     * log): its visible text, shortened.
     */
    private WebDriverWait patient(Duration patience) {
        WebDriverWait w = new WebDriverWait(driver, patience);
        w.withMessage(this::whatThePageShows);
        return w;
    }

    private String whatThePageShows() {
        try {
            Object text = script("return document.body ? document.body.innerText : ''");
            String shown = String.valueOf(text).replaceAll("\\s+", " ").strip();
            return "the page showed: " + (shown.length() > 800 ? shown.substring(0, 800) + "…" : shown);
        } catch (RuntimeException e) {
            return "the page could not be read: " + e.getMessage();
        }
    }

    public void gone(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    public void type(By locator, String text) {
        WebElement input = waitFor(locator);
        input.clear();
        input.sendKeys(text);
    }

    public void choose(By locator, String visibleText) {
        new Select(waitFor(locator)).selectByVisibleText(visibleText);
    }

    /** Gives a file input a local file, as choosing it in the file dialog would. */
    public void upload(By fileInput, Path file) {
        driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits for a confirm() or alert() dialog, accepts it and returns its text. */
    public String accept() {
        Alert alert = wait.until(ExpectedConditions.alertIsPresent());
        String text = alert.getText();
        alert.accept();
        return text;
    }

    /** Waits for a confirm() dialog and answers Cancel. */
    public void dismiss() {
        wait.until(ExpectedConditions.alertIsPresent()).dismiss();
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    public boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        if (width < HEADLESS_MIN_WIDTH) {
            viewport(width, height);
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * Lays the page out at this viewport, whatever the window: headless Chromium keeps its window
     * at least 500 px wide, so {@code --window-size=390,...} alone shows a 500 px page (its
     * screenshots are 500 px wide). DevTools' device metrics override sets the width pages see.
     */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** Scrolls the page so that the element is at the top of the window (before a screenshot). */
    public void scrollTo(By locator) {
        script("arguments[0].scrollIntoView({block: 'start'})", waitFor(locator));
    }

    /** Saves what the page shows now as target/screenshots/{name}.png (a test artifact). */
    public Path screenshot(String name) {
        Path directory = Path.of(System.getProperty("usher.it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
