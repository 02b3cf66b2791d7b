package com.wealthai.crm.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the few steps every browser test needs: open a
 * page of the app, log in, wait, take a screenshot. With {@code CI=true} a missing browser fails the
 * build; elsewhere the browser tests are skipped with a message saying how to get one.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1400, 1000);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static final Path CHROMIUM = Path.of(System.getProperty("crm.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("crm.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final String base;

    private Path downloads;

    private Browser(WebDriver driver, String base, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A fresh browser (no cookies) for the app at the given context-root URL. */
    public static Browser open(URL app) {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available) {
            String why = "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why + ": they must run in CI");
            }
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=ja", "--window-size=1400,1000",
                // the app under test is plain http on a test address: Chromium otherwise holds an Excel
                // download as .crdownload, waiting for a "keep insecure download" click nobody can give
                "--unsafely-treat-insecure-origin-as-secure=" + app.getProtocol() + "://" + app.getAuthority()));
        Path downloads;
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("crm-chromium"));
            downloads = Files.createTempDirectory("crm-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, app.toString(), downloads);
    }

    /** Waits for the one file a click downloaded (the browser saves downloads without asking) and returns it. */
    public Path downloaded(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the app, e.g. {@code /customers/list.xhtml}. */
    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public Browser size(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    /**
     * Logs in through the login page, waits for the dashboard (or wherever the app sends the user)
     * and closes the follow-up alert a rep with overdue follow-ups gets after login, as a user who has
     * read it would; {@link #loginSeeingAlerts} leaves it open.
     */
    public Browser login(String login, String password) {
        loginSeeingAlerts(login, password);
        List<WebElement> alertClose = driver.findElements(By.cssSelector("#followUpAlert .ui-dialog-titlebar-close"));
        if (!alertClose.isEmpty() && alertClose.get(0).isDisplayed()) {
            alertClose.get(0).click();
            waitUntilGone(By.id("followUpAlert"));
        }
        return this;
    }

    /** Logs in and waits for the shell, leaving any alert shown after login open. */
    public Browser loginSeeingAlerts(String login, String password) {
        go("/login.xhtml");
        submitLogin(login, password);
        waitFor(By.cssSelector("nav.sidebar"));
        return this;
    }

    /** Fills and submits the login form without expecting success. */
    public Browser submitLogin(String login, String password) {
        WebElement user = waitFor(By.id("login:username"));
        user.clear();
        user.sendKeys(login);
        WebElement pass = driver.findElement(By.id("login:password"));
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        return this;
    }

    public Browser logout() {
        click(By.id("shellForm:logout"));
        waitFor(By.id("login:username"));
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitUntilGone(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public WebElement click(By locator) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        return element;
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label and waits until the menu shows it. The
     * menu is opened by a click; the option is then selected through the menu's widget: clicked, it was
     * now and then not taken (a scroll closes the panel, and the panel may still be opening or closing).
     */
    public void choose(String menuId, String label) {
        click(By.id(menuId));
        waitFor(By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']"));
        ((JavascriptExecutor) driver).executeScript("var label = arguments[1]; var menu = PrimeFaces.getWidgetById(arguments[0]);"
                + " menu.selectItem(menu.items.filter(function () { return this.getAttribute('data-label') === label; }));", menuId, label);
        waitForText(By.id(menuId + "_label"), label);
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    public List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).toList();
    }

    /**
     * Waits until the texts of the matching elements satisfy {@code settled} and returns them. An ajax
     * update replaces elements while they are read, so a read that meets a stale element is retried.
     */
    public List<String> textsWhen(By locator, Predicate<List<String>> settled) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<String> texts = texts(locator);
                    return settled.test(texts) ? texts : null;
                });
    }

    /** Labels of the side menu, in order. */
    public List<String> menu() {
        return texts(By.cssSelector("nav.sidebar .label"));
    }

    /** Saves a PNG of the viewport under target/screenshots/ and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
