package fr.openmap.web.console;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

/** What the console tests do in the browser again and again: sign in, open a page, wait for it. */
public final class ConsoleBrowser {

    public static final String USER = "organizer";
    public static final String PASSWORD = "test-secret";

    private ConsoleBrowser() {
    }

    public static void signIn(WebDriver browser, URL root, String user, String password) {
        browser.get(root + "login");
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        String before = browser.getCurrentUrl();
        browser.findElement(By.id("sign-in")).click();
        waitForNavigation(browser, before);
    }

    public static void waitForNavigation(WebDriver browser, String from) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(from)
                || d.findElements(By.cssSelector(".problem, .problems, #notice")).size() > 0);
    }

    /**
     * Clicks and waits until a new document is loaded. The old page is marked with a script variable
     * rather than watched through an element: during navigation Chrome may answer a call on the old
     * element with an inspector error instead of a stale-element one.
     */
    public static void clickAndWaitForNewPage(WebDriver browser, By what) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.openmapOldPage = true;");
        browser.findElement(what).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.openmapOldPage !== true && document.readyState === 'complete';")));
    }

    public static void waitFor(WebDriver browser, By what) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(what));
    }
}
