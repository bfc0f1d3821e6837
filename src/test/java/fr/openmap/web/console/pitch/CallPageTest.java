package fr.openmap.web.console.pitch;

import fr.openmap.TestEvents;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The call settings page in a real browser: problems next to their fields and nothing stored, then the call open on the public page. */
@QuarkusTest
@Tag("persistence")
class CallPageTest {

    @TestHTTPResource("/")
    URL root;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @Test
    void badSettingsAreShownNextToTheirFieldsAndNothingIsStoredThenTheOpenCallShowsOnThePublicPage() {
        long eventId = TestEvents.importExample();
        String slug = organizer().get("/api/events/" + eventId + "/export").jsonPath().getString("event.slug");
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/pitch/call");
        assertEquals("relevance", browser.findElement(By.id("criteria-0-name")).getAttribute("value"));
        assertEquals("1", browser.findElement(By.id("criteria-0-weight")).getAttribute("value"));

        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        setValue("opensAt", now.minusDays(1).toString());
        setValue("closesAt", now.minusDays(2).toString());
        type("criteria-1-weight", "beaucoup");
        type("coachingPlace", "Maison de l'ESS, Paris 20e");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("save"));
        assertTrue(text("criteria-1-weight-problem").endsWith("Le poids doit être un nombre (par exemple 1 ou 1,5)."),
                text("criteria-1-weight-problem"));
        assertEquals("beaucoup", browser.findElement(By.id("criteria-1-weight")).getAttribute("value"));
        Axe.check(browser, "the call settings with a problem");
        organizer().get("/api/events/" + eventId + "/pitch/call").then().statusCode(404);

        type("criteria-1-weight", "2");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("save"));
        assertTrue(text("closesAt-problem").endsWith("doit venir après opensAt"), text("closesAt-problem"));
        organizer().get("/api/events/" + eventId + "/pitch/call").then().statusCode(404);

        setValue("closesAt", now.plusDays(7).toString());
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("save"));
        assertEquals("Paramètres enregistrés.", text("notice"));
        assertEquals("2", browser.findElement(By.id("criteria-1-weight")).getAttribute("value"));
        Axe.check(browser, "the call settings saved");
        organizer().get("/api/events/" + eventId + "/pitch/call").then().statusCode(200)
                .body("criteria.socialImpact", equalTo(2.0f))
                .body("coachingPlace", equalTo("Maison de l'ESS, Paris 20e"))
                .body("closesAt", equalTo(now.plusDays(7).toString()));

        browser.get(root + "e/" + slug);
        assertTrue(text("pitch-call").contains("pitch"), text("pitch-call"));
    }

    private static void setValue(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
    }

    private static void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
