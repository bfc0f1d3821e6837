package fr.openmap.packaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}) run as a user runs it. */
final class PackagedService {

    private final Path dataDir;
    private final Map<String, String> environment = new HashMap<>();
    private final int port;
    private Process process;

    PackagedService(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.port = freePort();
        environment.put("OPENMAP_DATA_DIR", dataDir.toString());
        environment.put("OPENMAP_ORGANIZER_PASSWORD", "it-secret");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("OPENMAP_SCHEDULING_RULES_DIR", "src/test/scheduling-rules");
    }

    PackagedService with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    void start() throws IOException, InterruptedException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the service first (./mvnw verify does)");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("service-" + Instant.now().toEpochMilli() + ".log").toFile());
        process = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "the service stopped while starting; see its log in " + dataDir);
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
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

    /** SIGTERM, as a service manager stops it; killed if it does not stop within 30 s. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    /** The service's address, ending with a slash. */
    String root() {
        return "http://localhost:" + port + "/";
    }

    RequestSpecification organizer() {
        return given().baseUri("http://localhost").port(port).auth().preemptive().basic("organisateur", "it-secret")
                .contentType(ContentType.JSON);
    }

    long importExample() throws IOException {
        Map<?, ?> example;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/openmap-ess-2018-05-17.json")) {
            example = new ObjectMapper().readValue(in, Map.class);
        }
        return organizer().body(example).post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Solves the event's timetable and waits until it is SOLVED. */
    Map<?, ?> solve(long eventId) throws InterruptedException {
        organizer().post("/api/events/" + eventId + "/timetable/solve").then().statusCode(202);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            Map<?, ?> timetable = organizer().get("/api/events/" + eventId + "/timetable").then().statusCode(200)
                    .extract().as(Map.class);
            if ("SOLVED".equals(timetable.get("status"))) {
                return timetable;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the timetable was not solved in time");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
