package fr.bde.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, plus helpers that wait rather than sleep. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String root;
    private final Path profile;

    public Browser(String root) throws IOException {
        this.root = root;
        this.profile = Files.createTempDirectory("bde-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=fr-FR",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(root + path);
    }

    public WebElement el(String id) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public void type(String id, String text) {
        WebElement field = el(id);
        field.clear();
        field.sendKeys(text);
    }

    public void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(el(id)).selectByValue(value);
    }

    /** Clicks and waits for the next page to replace this one. */
    public void clickAndWait(String id) {
        WebElement element = el(id);
        element.click();
        waitFor().until(d -> isGone(element));
    }

    /**
     * True once the element no longer belongs to the page. Chromium reports that either as a stale
     * element or, during navigation, as an inspector error saying the node left the document.
     */
    static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public String text(String id) {
        return el(id).getText();
    }

    public void login(String login, String password) {
        driver.manage().deleteAllCookies();
        open("/espace/index.xhtml");
        type("j_username", login);
        type("j_password", password);
        clickAndWait("loginSubmit");
    }

    public void logout() {
        clickAndWait("logout");
    }

    /** GET with this browser's session cookie, e.g. to check a download or a status code. */
    public HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Keeps a screenshot and the page source under target/screenshots, to see why a journey failed. */
    public void capture(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Screenshot failed: " + e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
