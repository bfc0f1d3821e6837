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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The applications pages in a real browser: the list, one application with its dossier, an edit and a deletion with a reason. */
@QuarkusTest
@Tag("persistence")
class ApplicationsPageTest {

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
    void theOrganizerReadsEditsAddsAndDeletesApplicationsWithAReason() {
        long eventId = TestEvents.importExample();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        organizer().body(Map.of("opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(7).toString()))
                .put(api(eventId, "/call")).then().statusCode(200);
        organizer().body(Map.of("structure", "S13", "presentation", "Chantier d'insertion", "offer", "Entretien d'espaces verts",
                "socialImpact", "18 salariés en insertion")).post(api(eventId, "/applications")).then().statusCode(201);
        organizer().contentType("application/pdf").body("%PDF-1.4 dossier".getBytes(StandardCharsets.US_ASCII))
                .put(api(eventId, "/applications/S13/dossier")).then().statusCode(200);
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);

        browser.get(root + "console/events/" + eventId + "/pitch/applications");
        assertEquals("Candidature déposée", browser.findElement(By.cssSelector("#application-S13 .status")).getText());
        assertEquals("1 Ko", browser.findElement(By.cssSelector("#application-S13 .dossier")).getText());
        assertEquals("non évaluée", browser.findElement(By.cssSelector("#application-S13 .median")).getText());
        Axe.check(browser, "the applications");

        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#application-S13 a.see"));
        assertEquals("Entretien d'espaces verts", browser.findElement(By.id("offer")).getAttribute("value"));
        assertEquals("_blank", browser.findElement(By.id("dossier")).getAttribute("target"));
        String dossier = browser.findElement(By.id("dossier")).getAttribute("href");
        Cookie session = browser.manage().getCookieNamed("openmap-console");
        given().cookie(session.getName(), session.getValue()).redirects().follow(false).get(dossier).then()
                .statusCode(200).header("Content-Disposition", "inline; filename=\"pitch-S13.pdf\"");
        Axe.check(browser, "one application");

        // an edit without a reason is refused next to the field, nothing changes
        browser.findElement(By.id("offer")).clear();
        browser.findElement(By.id("offer")).sendKeys("Entretien d'espaces verts et fauchage");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("save"));
        assertTrue(text("reason-problem").contains("obligatoire"), text("reason-problem"));
        assertEquals("Entretien d'espaces verts et fauchage", browser.findElement(By.id("offer")).getAttribute("value"));
        organizer().get(api(eventId, "/applications/S13")).then().body("offer", equalTo("Entretien d'espaces verts"));
        browser.findElement(By.id("reason")).sendKeys("demande de la structure par courriel");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("save"));
        assertEquals("Candidature enregistrée.", text("notice"));
        organizer().get(api(eventId, "/applications/S13")).then().body("offer", equalTo("Entretien d'espaces verts et fauchage"));
        organizer().get(api(eventId, "/audit")).then().body("[-1].reason",
                equalTo("application edited by organizer: demande de la structure par courriel"));

        // an application added on a structure's behalf, then deleted with a reason
        browser.get(root + "console/events/" + eventId + "/pitch/applications/new");
        new Select(browser.findElement(By.id("structure"))).selectByValue("S14");
        browser.findElement(By.id("presentation")).sendKeys("Entreprise adaptée");
        browser.findElement(By.id("offer")).sendKeys("Numérisation de documents");
        browser.findElement(By.id("socialImpact")).sendKeys("30 travailleurs handicapés");
        Axe.check(browser, "a new application");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("save"));
        assertEquals("Candidature enregistrée.", text("notice"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("delete"));
        assertTrue(text("delete-reason-problem").contains("obligatoire"), text("delete-reason-problem"));
        organizer().get(api(eventId, "/applications/S14")).then().statusCode(200);
        browser.findElement(By.id("delete-reason")).sendKeys("saisie en double");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("delete"));
        assertEquals("Candidature de S14 supprimée.", text("notice"));
        organizer().get(api(eventId, "/applications/S14")).then().statusCode(404);
        assertTrue(browser.findElements(By.id("application-S14")).isEmpty());
    }

    private static String api(long eventId, String rest) {
        return "/api/events/" + eventId + "/pitch" + rest;
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
