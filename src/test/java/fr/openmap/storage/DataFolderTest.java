package fr.openmap.storage;

import fr.openmap.registration.AccessTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the service keeps in its data folder is readable by the service's user only. */
class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void theTokenSecretIsCreatedReadableByItsOwnerOnly() throws Exception {
        Path data = temp.resolve("data");
        new AccessTokens(Optional.empty(), data.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("token-secret"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }

    @Test
    void databaseFilesLeftOpenByOthersAreClosedAtStart() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path database = Files.writeString(data.resolve("openmap.mv.db"), "h2");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));

        DataFolder.keepPrivate(data);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(database)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }
}
