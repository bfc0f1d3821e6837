package fr.openmap.web.console;

import fr.openmap.access.SignInThrottle;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in to the console and out again, in a real browser; organizer accounts shared with the API. */
@QuarkusTest
class SignInTest {

    @TestHTTPResource("/")
    URL root;
    @Inject
    SignInThrottle throttle;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @BeforeEach
    void signedOut() {
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        throttle.succeeded("127.0.0.1");
        throttle.succeeded("0:0:0:0:0:0:0:1");
    }

    @Test
    void theConsoleAsksForSignInThenOpensAndSignOutClosesIt() {
        browser.get(root + "console");
        assertEquals(root + "login", browser.getCurrentUrl());
        assertEquals("Connexion organisateur", browser.findElement(By.tagName("h1")).getText());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Axe.check(browser, "the sign-in page");

        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        assertEquals(root + "console", browser.getCurrentUrl());
        assertEquals("Événements", browser.findElement(By.tagName("h1")).getText());
        Cookie session = browser.manage().getCookieNamed("openmap-console");
        assertNotNull(session);
        assertTrue(session.isHttpOnly());
        Axe.check(browser, "the events page");

        String before = browser.getCurrentUrl();
        browser.findElement(By.id("sign-out")).click();
        ConsoleBrowser.waitForNavigation(browser, before);
        assertEquals("Vous êtes déconnecté.", browser.findElement(By.id("notice")).getText());
        assertNull(browser.manage().getCookieNamed("openmap-console"));
        browser.get(root + "console");
        assertEquals(root + "login", browser.getCurrentUrl());
    }

    @Test
    void aWrongPasswordIsSaidInFrenchAndNothingOpens() {
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, "not-the-password");
        assertTrue(browser.getCurrentUrl().startsWith(root + "login"), browser.getCurrentUrl());
        assertEquals("Identifiant ou mot de passe incorrect.", browser.findElement(By.id("login-error")).getText());
        assertEquals("login-error", browser.findElement(By.id("j_password")).getAttribute("aria-describedby"));
        assertNull(browser.manage().getCookieNamed("openmap-console"));
        Axe.check(browser, "the sign-in page with its error");
    }

    @Test
    void afterFiveFailuresTheFormSaysToWaitEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, "guess-" + i);
        }
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        assertTrue(browser.findElement(By.id("login-error")).getText()
                .startsWith("Trop de tentatives depuis votre adresse : réessayez dans "));
        assertNull(browser.manage().getCookieNamed("openmap-console"));
    }

    @Test
    void anAccountAddedInTheConsoleSignsInThereAndOnTheApiAndIsRemovedFromBoth() {
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/accounts");
        Axe.check(browser, "the accounts page");
        browser.findElement(By.id("username")).sendKeys("claire");
        browser.findElement(By.id("password")).sendKeys("short");
        String before = browser.getCurrentUrl();
        browser.findElement(By.id("add-account")).click();
        ConsoleBrowser.waitFor(browser, By.id("password-problem"));
        assertEquals("password-problem", browser.findElement(By.id("password")).getAttribute("aria-describedby"));
        assertEquals("claire", browser.findElement(By.id("username")).getAttribute("value"));
        given().auth().preemptive().basic("claire", "short").get("/api/events").then().statusCode(401);
        Axe.check(browser, "the accounts page with a problem");

        browser.findElement(By.id("password")).sendKeys("a long enough secret");
        browser.findElement(By.id("add-account")).click();
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        assertEquals("Compte « claire » ajouté.", browser.findElement(By.id("notice")).getText());
        given().auth().preemptive().basic("claire", "a long enough secret").get("/api/events").then().statusCode(200);

        browser.findElement(By.cssSelector("tr.account[data-username='claire'] button.remove")).click();
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        assertEquals("Compte « claire » supprimé.", browser.findElement(By.id("notice")).getText());
        given().auth().preemptive().basic("claire", "a long enough secret").get("/api/events").then().statusCode(401);
    }

    @Test
    void theLastAccountCannotBeRemovedAndOnesOwnOnlyWithAWord() {
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/accounts");
        // alone: no remove button at all; the service refuses it anyway
        assertTrue(browser.findElements(By.cssSelector("tr.account[data-username='organizer'] button.remove")).isEmpty());
        browser.findElement(By.id("username")).sendKeys("second");
        browser.findElement(By.id("password")).sendKeys("another long secret");
        browser.findElement(By.id("add-account")).click();
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        // removing oneself without ticking the box: refused, still signed in
        browser.findElement(By.cssSelector("tr.account[data-username='organizer'] button.remove")).click();
        ConsoleBrowser.waitFor(browser, By.id("refusal"));
        assertTrue(browser.findElement(By.id("refusal")).getText().startsWith("Rien n'a été changé"));
        browser.findElement(By.cssSelector("tr.account[data-username='second'] button.remove")).click();
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        assertTrue(browser.findElements(By.cssSelector("tr.account[data-username='second']")).isEmpty());
        given().auth().preemptive().basic("organizer", "test-secret").get("/api/events").then().statusCode(200);
    }

    @Test
    void theFrontDoorSendsAnOrganizerToTheConsoleAndOthersToAPublicPage() {
        browser.get(root.toString());
        assertEquals("Rencontres d'affaires entre acheteurs publics et structures de l'ESS",
                browser.findElement(By.tagName("h1")).getText());
        Axe.check(browser, "the public home page");
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root.toString());
        assertEquals(root + "console", browser.getCurrentUrl());
    }

    @Test
    void aBrowserGetsAFrenchPageForAnUnknownAddressAndTheApiKeepsJson() {
        browser.get(root + "no/such/page");
        assertEquals("Page introuvable", browser.findElement(By.id("error-title")).getText());
        Axe.check(browser, "the error page");
        given().accept("text/html").get("/no/such/page").then().statusCode(404).body(containsString("Page introuvable"));
        given().accept("text/html, application/json;q=0.9").get("/api/events/999999").then().statusCode(401).contentType(containsString("json"));
        given().get("/no/such/page").then().statusCode(404);
        // without a session, a console page sends a browser to the sign-in form; the API says 401
        given().accept("text/html").redirects().follow(false).get("/console").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login"));
    }

    @Test
    void englishWhenChosenAndBackToFrench() {
        browser.get(root + "login");
        browser.findElement(By.id("language-switch")).click();
        ConsoleBrowser.waitFor(browser, By.cssSelector("html[lang='en']"));
        assertEquals("Organizer sign-in", browser.findElement(By.tagName("h1")).getText());
        assertEquals(root + "login", browser.getCurrentUrl());
        browser.findElement(By.id("language-switch")).click();
        ConsoleBrowser.waitFor(browser, By.cssSelector("html[lang='fr']"));
        assertEquals("Connexion organisateur", browser.findElement(By.tagName("h1")).getText());
    }
}
