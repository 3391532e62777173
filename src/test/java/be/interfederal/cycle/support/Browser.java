package be.interfederal.cycle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own ChromeDriver (paths overridable with -Dbrowser.binary and
 * -Dbrowser.driver). Nothing is downloaded: Selenium Manager is bypassed by naming both binaries.
 */
public final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final WebDriver driver;
  private final String baseUrl;

  public Browser(int port, String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver")).toFile())
        .build();
    this.driver = new ChromeDriver(service, options);
    this.baseUrl = "http://localhost:" + port;
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Logs in on the Camunda webapps' login form. */
  public void login(String user, String password) {
    WebElement name = waitFor(By.cssSelector("input[type='text'], input[name='username']"));
    name.clear();
    name.sendKeys(user);
    WebElement secret = driver.findElement(By.cssSelector("input[type='password']"));
    secret.sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /**
   * Logs in to Tasklist, opens the group filter (its name carries both languages), opens the task whose name
   * contains {@code taskName} and claims it ("Opnemen" / "Prendre en charge" / "Claim", by the browser language).
   */
  public void claimGroupTask(String user, String password, String taskName) {
    open("/camunda/app/tasklist/");
    login(user, password);
    waitFor(By.xpath("//*[contains(text(),'Taken van mijn groep / Tâches de mon groupe')]")).click();
    waitFor(By.xpath("//*[contains(text(),'" + taskName + "')]")).click();
    By claimButton = By.xpath("//button[contains(., 'Opnemen') or contains(., 'Prendre en charge') or contains(., 'Claim')]");
    WebElement claim = waitFor(claimButton);
    List<WebElement> forms = driver.findElements(By.tagName("form"));
    claim.click();
    // Tasklist reloads the task once it is claimed and renders its form again: text typed into the first rendering
    // would be lost, so wait for the claim to land and the old form to be replaced
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(claimButton));
    if (!forms.isEmpty()) {
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(forms.get(forms.size() - 1)));
      } catch (TimeoutException kept) {
        // this Tasklist kept the form it had rendered: nothing to wait for
      }
    }
  }

  public WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void waitForText(String text) {
    new WebDriverWait(driver, WAIT).until(d -> d.getPageSource().contains(text));
  }

  public void waitForCondition(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, WAIT).until(d -> condition.getAsBoolean());
  }

  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
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
