package fr.openmap.spreadsheet;

import fr.openmap.storage.DataFolder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Spreadsheets kept between the steps of an import (preview, change the mapping, import) so the organizer
 * does not choose the file again: in the data folder under a random id, for one event and kind, deleted
 * once imported or after {@link #KEPT}. Server-side rather than carried in the form, so a page never holds
 * megabytes of hidden field, and only an id of ours (never a path) comes back from the browser.
 */
@ApplicationScoped
public class HeldFiles {

    static final Duration KEPT = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(HeldFiles.class);

    @ConfigProperty(name = "openmap.data-dir", defaultValue = "./data")
    String dataDir;

    /** A file held: its id, the name it had on the organizer's computer, and its bytes. */
    public record Held(String id, String name, byte[] content) {
    }

    /** Keeps {@code content} for an import into {@code eventId} of {@code kind}; answers its id. */
    public String hold(long eventId, Kind kind, String name, byte[] content) {
        sweep();
        String id = UUID.randomUUID().toString();
        DataFolder.writePrivateFile(folder().resolve(id), content);
        DataFolder.writePrivateFile(folder().resolve(id + ".about"),
                eventId + "\n" + kind.param + "\n" + (name == null ? "" : name.strip()));
        return id;
    }

    /** The file held under {@code id} for this event and kind, if it is still there; anything else is empty. */
    public Optional<Held> find(String id, long eventId, Kind kind) {
        if (!isId(id)) {
            return Optional.empty();
        }
        sweep();
        Path file = folder().resolve(id);
        Path about = folder().resolve(id + ".about");
        try {
            if (!Files.isRegularFile(file) || !Files.isRegularFile(about)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(about, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(String.valueOf(eventId)) || !lines.get(1).equals(kind.param)) {
                return Optional.empty();
            }
            return Optional.of(new Held(id, lines.size() > 2 ? lines.get(2) : "", Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the held file " + id, e);
        }
    }

    /** Forgets the file held under {@code id} (imported). */
    public void release(String id) {
        if (isId(id)) {
            delete(folder().resolve(id));
            delete(folder().resolve(id + ".about"));
        }
    }

    /** Only ids this class made: a UUID as written by {@link UUID#toString()}. */
    private static boolean isId(String id) {
        try {
            return id != null && UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    /** Deletes what was held longer than {@link #KEPT}: run at each use, no schedule needed. */
    private void sweep() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant before = Instant.now().minus(KEPT);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    delete(file);
                }
            }
        } catch (IOException e) {
            LOG.warnf("could not clear old held spreadsheets in %s: %s", folder, e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("could not delete the held spreadsheet %s: %s", file, e.getMessage());
        }
    }

    private Path folder() {
        return Path.of(dataDir, "imports");
    }
}
