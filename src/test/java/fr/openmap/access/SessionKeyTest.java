package fr.openmap.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's session key survives a restart: made once in the data folder, read back the same. */
class SessionKeyTest {

    @TempDir
    Path data;

    @Test
    void withoutOpenmapSessionKeyTheKeyIsMadeOnceInTheDataFolderAndKept() {
        Path file = data.resolve("session-key");
        var first = new SessionKeyConfigSourceFactory.SessionKeySource(null, file);
        assertFalse(Files.exists(file), "nothing is written before the key is asked for");
        String key = first.getValue(SessionKeyConfigSourceFactory.PROPERTY);
        assertTrue(Files.exists(file));
        assertTrue(key.length() >= 40, key);
        // "after a restart": a new source reads the same key
        assertEquals(key, new SessionKeyConfigSourceFactory.SessionKeySource(null, file)
                .getValue(SessionKeyConfigSourceFactory.PROPERTY));
    }

    @Test
    void openmapSessionKeyWinsAndNoFileIsMade() {
        Path file = data.resolve("session-key");
        var source = new SessionKeyConfigSourceFactory.SessionKeySource("given-key-0123456789", file);
        assertEquals("given-key-0123456789", source.getValue(SessionKeyConfigSourceFactory.PROPERTY));
        assertFalse(Files.exists(file));
    }
}
