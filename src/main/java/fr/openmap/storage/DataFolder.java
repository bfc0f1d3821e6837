package fr.openmap.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data folder ({@code OPENMAP_DATA_DIR}) holds the embedded database, the token secret and the
 * console's session key:
 * readable by the service's user only. The folder is made {@code rwx------} and the files in it
 * {@code rw-------} at start-up (H2 creates its files with the process's umask); the secret file is
 * created that way from the start.
 */
@ApplicationScoped
public class DataFolder {

    private static final Logger LOG = Logger.getLogger(DataFolder.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    @ConfigProperty(name = "openmap.data-dir", defaultValue = "./data")
    String dataDir;

    void onStart(@Observes StartupEvent start) {
        Path folder = Path.of(dataDir);
        if (Files.isDirectory(folder)) {
            keepPrivate(folder);
        }
    }

    /** Makes the folder and every file below it readable by the owner only (where the file system has POSIX permissions). */
    public static void keepPrivate(Path folder) {
        if (!posix()) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_FOLDER : OWNER_FILE);
            }
        } catch (IOException e) {
            LOG.warnf("could not restrict the permissions of %s: %s", folder, e.getMessage());
        }
    }

    /** Writes a new file readable by the owner only, creating its folder (owner only) if needed. */
    public static void writePrivateFile(Path file, String content) {
        writePrivateFile(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The same with bytes. */
    public static void writePrivateFile(Path file, byte[] content) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                if (posix()) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
                } else {
                    Files.createDirectories(folder);
                }
            }
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * The random secret kept in this file (32 bytes, Base64), made once, owner-only, when the file
     * does not exist yet: the token secret, the console's session key.
     */
    public static String secret(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                writePrivateFile(file, Base64.getEncoder().encodeToString(fresh));
                LOG.infof("created the secret %s", file);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret " + file, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
