package fr.openmap.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The console's libraries and stylesheet are served, without their version in the address. */
@QuarkusTest
class StaticAssetsTest {

    @Test
    void htmxPicoAndTheConsoleStylesheetAreServedToAnybody() {
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200)
                .contentType(containsString("javascript"));
        given().get("/webjars/picocss__pico/css/pico.min.css").then().statusCode(200)
                .contentType(containsString("css"));
        given().get("/assets/console.css").then().statusCode(200).body(containsString(".problem"));
    }
}
