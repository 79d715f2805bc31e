package org.disputes.acceptance;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium driving the console as a person would: by labels and button texts. The browser and its
 * driver are the machine's ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or the system properties
 * {@code disputes.chromium} and {@code disputes.chromedriver}); nothing is downloaded. Every page it is asked to
 * look at is saved as a screenshot under {@code target/console-screenshots/} and checked with axe-core.
 */
final class Browser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SHOTS = Path.of(System.getProperty("disputes.screenshots", "target/console-screenshots"));

    private final WebDriver driver;
    private final URI base;
    private final String story;
    private int shots;

    Browser(URI base, String story) {
        this.base = base;
        this.story = story;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("disputes.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("disputes.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(base.resolve(path).toString());
    }

    void signIn(String user) {
        go("/login");
        field("Username").sendKeys(user);
        field("Password").sendKeys(user + "-demo");
        click("Sign in");
    }

    /** The form control a visible label names (the first, when several rows share a label). */
    WebElement field(String label) {
        return fields(label).get(0);
    }

    List<WebElement> fields(String label) {
        List<WebElement> labels = new WebDriverWait(driver, PATIENCE).until(d -> {
            List<WebElement> found = d.findElements(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
            return found.isEmpty() ? null : found;
        });
        return labels.stream().map(l -> driver.findElement(By.id(l.getAttribute("for")))).toList();
    }

    void type(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
    }

    void choose(String label, String value) {
        new Select(field(label)).selectByValue(value);
    }

    /** Clicks a submit button and waits for the page it leads to. */
    void click(String buttonText) {
        navigate(By.xpath("//button[normalize-space()=" + literal(buttonText) + "]"));
    }

    /** Clicks what {@code target} finds (a button in a table's row, say) and waits for the page it leads to. */
    void click(By target) {
        navigate(target);
    }

    void clickLink(String text) {
        navigate(By.xpath("//a[normalize-space()=" + literal(text) + "]"));
    }

    /**
     * Clicks what {@code target} finds and waits until the page is replaced. Chromium sometimes answers a click on
     * a node it has just re-laid out (after a screenshot's resize) with "does not belong to the document": the node
     * is found again and clicked again, at most three times.
     */
    private void navigate(By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        for (int attempt = 1; ; attempt++) {
            try {
                driver.findElement(target).click();
                break;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (!detached(e) || attempt == 3) {
                    throw e;
                }
            }
        }
        // the old page is gone; Chromium may say so as "does not belong to the document" rather than as stale
        new WebDriverWait(driver, PATIENCE).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (detached(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    private static boolean detached(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** The page's text, its no-break spaces (French amounts: "1 000,00 €") as plain spaces. */
    String text() {
        return driver.findElement(By.tagName("body")).getText().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Reloads the page (each reload waits for the page to load) until it contains {@code expected}, or the patience runs out. */
    void reloadUntil(String expected, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!text().contains(expected) && System.nanoTime() < deadline) {
            driver.navigate().refresh();
        }
        assertThat(text()).as("page " + driver.getCurrentUrl()).contains(expected);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** A screenshot of the page under the story's name, then axe-core: no serious or critical violation. */
    void look(String page) throws IOException {
        Files.createDirectories(SHOTS);
        // the whole page, not the window: the window grows to the page's height for the picture
        Dimension window = driver.manage().window().getSize();
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height, 600), 8000)));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        driver.manage().window().setSize(window);
        Files.copy(shot.toPath(), SHOTS.resolve(String.format("%s-%02d-%s.png", story, ++shots, page)),
                StandardCopyOption.REPLACE_EXISTING);
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                "best-practice")).analyze(driver);
        List<Rule> grave = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(grave).as("axe-core on " + page + " (" + driver.getCurrentUrl() + "): " + grave.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
