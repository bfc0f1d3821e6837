package fr.openmap.packaging;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}) on the
 * embedded on-disk database, imports the example, stops it, starts it again: nothing is lost.
 */
class PackagedServiceRestartIT {

    @TempDir
    Path dataDir;
    Process service;
    int port;

    @AfterEach
    void stop() throws InterruptedException {
        stopService();
    }

    @Test
    void dataSurvivesARestartOfThePackagedService() throws Exception {
        port = freePort();
        startService();
        Map<String, Object> example;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/openmap-ess-2018-05-17.json")) {
            example = new com.fasterxml.jackson.databind.ObjectMapper().readValue(in, Map.class);
        }
        long id = organizer().body(example).post("/api/events/import").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        organizer().body(Map.of("buyer", "B01", "structure", "S07", "start", "11:24"))
                .post("/api/events/" + id + "/bookings").then().statusCode(201);
        Map<?, ?> before = organizer().get("/api/events/" + id + "/export").then().statusCode(200).extract().as(Map.class);
        organizer().post("/api/events/" + id + "/timetable/solve").then().statusCode(202);
        Map<?, ?> solved = waitUntilSolved(id);

        stopService();
        assertTrue(Files.list(dataDir).findAny().isPresent(), "the database lives on disk under OPENMAP_DATA_DIR");
        startService();

        Map<?, ?> after = organizer().get("/api/events/" + id + "/export").then().statusCode(200).extract().as(Map.class);
        assertEquals(before, after);
        assertEquals(1, ((java.util.List<?>) after.get("bookings")).size());
        Map<?, ?> timetableAfter = organizer().get("/api/events/" + id + "/timetable").then().statusCode(200)
                .extract().as(Map.class);
        assertEquals("SOLVED", timetableAfter.get("status"));
        assertEquals(solved.get("meetings"), timetableAfter.get("meetings"), "the last solved timetable is kept");
        assertTrue(((java.util.List<?>) solved.get("meetings")).size() > 50);
    }

    private Map<?, ?> waitUntilSolved(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            Map<?, ?> timetable = organizer().get("/api/events/" + id + "/timetable").then().statusCode(200)
                    .extract().as(Map.class);
            if ("SOLVED".equals(timetable.get("status"))) {
                return timetable;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the timetable was not solved in time");
    }

    private io.restassured.specification.RequestSpecification organizer() {
        return given().baseUri("http://localhost").port(port).auth().preemptive().basic("organisateur", "it-secret")
                .contentType(ContentType.JSON);
    }

    private void startService() throws IOException, InterruptedException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the service first (./mvnw verify does)");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        builder.environment().put("OPENMAP_DATA_DIR", dataDir.toString());
        builder.environment().put("OPENMAP_ORGANIZER_PASSWORD", "it-secret");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("OPENMAP_SCHEDULING_RULES_DIR", "src/test/scheduling-rules");
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolve("service-" + Instant.now().toEpochMilli() + ".log").toFile());
        service = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(service.isAlive(), "the service stopped while starting; see its log in " + dataDir);
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the packaged service did not become ready within 90 s");
    }

    private void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy(); // SIGTERM: a graceful shutdown, as a service manager would do
            if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
        service = null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
