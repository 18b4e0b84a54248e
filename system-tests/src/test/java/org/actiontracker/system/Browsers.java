package org.actiontracker.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: at most two browsers per test JVM (the second for a
 * page watched while the first acts), shared by every test class and quit when the JVM exits. Each starts with a
 * fresh profile, so it begins signed out.
 */
public final class Browsers {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private static WebDriver first;
    private static WebDriver second;

    private Browsers() {
    }

    public static synchronized WebDriver first() {
        if (first == null) {
            first = start();
        }
        return first;
    }

    static synchronized WebDriver second() {
        if (second == null) {
            second = start();
        }
        return second;
    }

    private static WebDriver start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "chromium-shutdown"));
        return driver;
    }

    /** Signs in through Keycloak's own login form, unless this browser is signed in already. */
    public static void signIn(WebDriver browser, String planServiceUrl, String username, String password) {
        browser.get(planServiceUrl + "/sign-in?to=/my-actions");
        if (browser.getCurrentUrl().startsWith(planServiceUrl)) {
            return;
        }
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(planServiceUrl + "/my-actions"));
    }

    /**
     * The element once the page after a form post shows it: a click on a submit button returns before the browser
     * has loaded the answer, so an immediate lookup may still search the page the form was on.
     */
    static WebElement awaitElement(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    static void screenshot(WebDriver browser, String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Object script(WebDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
