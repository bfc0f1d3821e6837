package fr.openmap.web.personal.pitch;

import fr.openmap.TestEvents;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.web.console.ConsoleBrowser.clickAndWaitForNewPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A structure applies to pitch with a PDF, sees its status and withdraws, in a real browser. */
@QuarkusTest
class PitchApplicationPageTest {

    @TestHTTPResource("/")
    URL root;

    static WebDriver browser;
    static Path files;
    long eventId;
    Response imported;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
        files = Files.createTempDirectory("pitch-files");
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @BeforeEach
    void setUp() {
        imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        organizer().body(Map.of("opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(7).toString()))
                .put("/api/events/" + eventId + "/pitch/call").then().statusCode(200);
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
    }

    private void openPitchPageAs(String ref) {
        browser.get(root + "p/" + eventId + "/" + ref + "?token=" + TestEvents.tokenOf(imported, ref));
        clickAndWaitForNewPage(browser, By.cssSelector("#space-nav a[href$='/pitch']"));
    }

    private static String text(By what) {
        return browser.findElement(what).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    private void fillAndSend(Path dossier) {
        browser.findElement(By.id("presentation")).clear();
        browser.findElement(By.id("presentation")).sendKeys("Boulangerie d'insertion à Montreuil");
        browser.findElement(By.id("offer")).clear();
        browser.findElement(By.id("offer")).sendKeys("Viennoiseries et plateaux pour vos réunions");
        browser.findElement(By.id("socialImpact")).clear();
        browser.findElement(By.id("socialImpact")).sendKeys("12 salariés en parcours d'insertion");
        browser.findElement(By.id("references")).clear();
        browser.findElement(By.id("references")).sendKeys("Mairie de Montreuil\nDépartement 93");
        browser.findElement(By.id("dossier")).sendKeys(dossier.toString());
        clickAndWaitForNewPage(browser, By.id("apply"));
    }

    @Test
    void aStructureAppliesWithAPdfAfterABadFileIsRefusedNextToItsFieldThenWithdraws() throws IOException {
        openPitchPageAs("S09");
        assertEquals("Candidater au pitch", browser.findElement(By.tagName("h1")).getText());
        // in the personal space's frame, its navigation marking this page
        assertEquals("Pitch", browser.findElement(By.cssSelector("#space-nav a[aria-current='page']")).getText());
        assertTrue(text(By.id("open-until")).startsWith("L'appel à pitchs est ouvert jusqu'au "));
        Axe.check(browser, "the pitch form");

        // not a PDF: refused at the file field, the answers kept, nothing stored
        fillAndSend(file("dossier.txt", "juste du texte".getBytes(StandardCharsets.UTF_8)));
        assertTrue(text(By.id("dossier-problem")).contains("doit être application/pdf"), text(By.id("dossier-problem")));
        assertEquals("true", browser.findElement(By.id("dossier")).getAttribute("aria-invalid"));
        assertEquals("Boulangerie d'insertion à Montreuil", browser.findElement(By.id("presentation")).getAttribute("value"));
        organizer().get("/api/events/" + eventId + "/pitch/applications/S09").then().statusCode(404);
        Axe.check(browser, "the pitch form with a problem");

        // a PDF over 5 MB: refused too
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        fillAndSend(file("gros-dossier.pdf", big));
        assertTrue(text(By.id("dossier-problem")).contains("5 Mo (5242880 octets) au plus"), text(By.id("dossier-problem")));
        organizer().get("/api/events/" + eventId + "/pitch/applications/S09").then().statusCode(404);

        fillAndSend(file("dossier.pdf", "%PDF-1.4\n% un petit dossier\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("Candidature envoyée. Merci !", browser.findElement(By.id("notice")).getText());
        assertTrue(text(By.id("status")).startsWith("Votre candidature a été envoyée le "), text(By.id("status")));
        assertEquals("Dossier PDF joint (1 Ko).", browser.findElement(By.id("dossier-status")).getText());
        var application = organizer().get("/api/events/" + eventId + "/pitch/applications/S09").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Viennoiseries et plateaux pour vos réunions", application.getString("offer"));
        assertEquals(java.util.List.of("Mairie de Montreuil", "Département 93"), application.getList("references"));
        assertEquals(28, application.getInt("dossierSizeBytes"));
        Axe.check(browser, "the pitch status");

        clickAndWaitForNewPage(browser, By.id("withdraw"));
        assertTrue(text(By.id("confirm-text")).startsWith("Votre candidature au pitch sera retirée"));
        Axe.check(browser, "the withdrawal's confirmation");
        clickAndWaitForNewPage(browser, By.id("confirm-withdraw"));
        assertEquals("Candidature retirée.", browser.findElement(By.id("notice")).getText());
        assertEquals("Vous avez retiré votre candidature au pitch.", text(By.id("status")));
        assertTrue(browser.findElements(By.id("withdraw")).isEmpty());
        organizer().get("/api/events/" + eventId + "/structures/S09").then()
                .body("pitch.status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
    }

    @Test
    void eachStatusIsSaidInWords() {
        openPitchPageAs("S01"); // selected, rank 1
        assertTrue(text(By.id("status")).startsWith("Votre pitch est retenu : vous pitchez de 10 h 15 à "), text(By.id("status")));
        browser.manage().deleteAllCookies();
        openPitchPageAs("S07"); // wait-listed, first in line
        assertTrue(text(By.id("status")).startsWith("Votre candidature est sur liste d'attente, en position 1."),
                text(By.id("status")));
        browser.manage().deleteAllCookies();
        openPitchPageAs("S08"); // not selected
        assertTrue(text(By.id("status")).startsWith("Votre candidature n'a pas été retenue pour le pitch. Vous êtes attendus"
                + " aux rencontres bilatérales"), text(By.id("status")));
        assertTrue(browser.findElements(By.id("pitch-form")).isEmpty());
        Axe.check(browser, "a status without application");
    }

    @Test
    void aClosedCallSaysWhenAndOffersNoForm() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        organizer().body(Map.of("opensAt", now.minusDays(7).toString(), "closesAt", now.minusDays(1).toString()))
                .put("/api/events/" + eventId + "/pitch/call").then().statusCode(200);
        openPitchPageAs("S09");
        assertTrue(text(By.id("closed")).startsWith("L'appel à pitchs est clos : il a fermé le "), text(By.id("closed")));
        assertTrue(browser.findElements(By.id("pitch-form")).isEmpty());
    }
}
