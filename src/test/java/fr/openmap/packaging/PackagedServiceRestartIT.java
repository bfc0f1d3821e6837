package fr.openmap.packaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service on the embedded on-disk database: import the example, book, solve,
 * stop, start again: nothing is lost, and the last solved timetable is still there.
 */
class PackagedServiceRestartIT {

    @TempDir
    Path dataDir;
    PackagedService service;

    @AfterEach
    void stop() throws InterruptedException {
        service.stop();
    }

    @Test
    void dataSurvivesARestartOfThePackagedService() throws Exception {
        service = new PackagedService(dataDir);
        service.start();
        long id = service.importExample();
        service.organizer().body(Map.of("buyer", "B01", "structure", "S07", "start", "11:24"))
                .post("/api/events/" + id + "/bookings").then().statusCode(201);
        Map<?, ?> before = service.organizer().get("/api/events/" + id + "/export").then().statusCode(200).extract().as(Map.class);
        Map<?, ?> solved = service.solve(id);

        service.stop();
        assertTrue(Files.list(dataDir).anyMatch(f -> f.getFileName().toString().startsWith("openmap")),
                "the database lives on disk under OPENMAP_DATA_DIR");
        service.start();

        Map<?, ?> after = service.organizer().get("/api/events/" + id + "/export").then().statusCode(200).extract().as(Map.class);
        assertEquals(before, after);
        assertEquals(1, ((List<?>) after.get("bookings")).size());
        Map<?, ?> timetableAfter = service.organizer().get("/api/events/" + id + "/timetable").then().statusCode(200)
                .extract().as(Map.class);
        assertEquals("SOLVED", timetableAfter.get("status"));
        assertEquals(solved.get("meetings"), timetableAfter.get("meetings"), "the last solved timetable is kept");
        assertTrue(((List<?>) solved.get("meetings")).size() > 50);
    }
}
