package fr.openmap.spreadsheet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A spreadsheet held between the import's steps is found only by its id, for its event and kind, and not for long. */
class HeldFilesTest {

    private HeldFiles held;
    private Path folder;

    @BeforeEach
    void freshFolder() throws Exception {
        held = new HeldFiles();
        held.dataDir = Files.createTempDirectory("data").toString();
        folder = Path.of(held.dataDir, "imports");
    }

    @Test
    void aHeldFileIsFoundByItsIdForItsEventAndKindOnly() {
        byte[] content = "Organisme;Contact;Courriel\r\n".getBytes();
        String id = held.hold(7, Kind.BUYERS, "acheteurs.csv", content);
        HeldFiles.Held found = held.find(id, 7, Kind.BUYERS).orElseThrow();
        assertArrayEquals(content, found.content());
        assertEquals("acheteurs.csv", found.name());
        assertTrue(held.find(id, 8, Kind.BUYERS).isEmpty(), "another event");
        assertTrue(held.find(id, 7, Kind.STRUCTURES).isEmpty(), "another kind");
        assertTrue(held.find("../" + id, 7, Kind.BUYERS).isEmpty(), "not an id of ours");
        assertTrue(held.find(id + ".about", 7, Kind.BUYERS).isEmpty(), "not an id of ours");
    }

    @Test
    void aFileImportedOrHeldForMoreThanAnHourIsDeleted() throws Exception {
        String imported = held.hold(7, Kind.BUYERS, "a.csv", new byte[]{1});
        held.release(imported);
        assertTrue(held.find(imported, 7, Kind.BUYERS).isEmpty());
        assertFalse(Files.exists(folder.resolve(imported)));

        String old = held.hold(7, Kind.STRUCTURES, "b.csv", new byte[]{2});
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(folder.resolve(old), twoHoursAgo);
        Files.setLastModifiedTime(folder.resolve(old + ".about"), twoHoursAgo);
        String recent = held.hold(7, Kind.STRUCTURES, "c.csv", new byte[]{3});
        assertFalse(Files.exists(folder.resolve(old)), "swept when the next file is held");
        assertTrue(held.find(old, 7, Kind.STRUCTURES).isEmpty());
        assertTrue(held.find(recent, 7, Kind.STRUCTURES).isPresent());
    }
}
