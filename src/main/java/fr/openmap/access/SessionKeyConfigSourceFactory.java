package fr.openmap.access;

import fr.openmap.storage.DataFolder;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.AbstractConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives Quarkus the key that encrypts the console's session cookie
 * ({@code quarkus.http.auth.session.encryption-key}): {@code OPENMAP_SESSION_KEY}, or else a random
 * key made once in the data folder, like the token secret. Without a stable key every restart would
 * sign everybody out. A value set in the configuration itself (the tests') comes first.
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String FILE = "session-key";
    /** Below application.properties and the environment (250 and 300): those win when they set the key. */
    static final int ORDINAL = 150;

    @Override
    public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (value(context, PROPERTY) != null
                || context.getProfiles().stream().anyMatch(profile -> value(context, "%" + profile + "." + PROPERTY) != null)) {
            return List.of(); // set in the configuration (the tests): nothing to create
        }
        String given = value(context, "OPENMAP_SESSION_KEY");
        String dataDir = value(context, "openmap.data-dir");
        return List.of(new SessionKeySource(given, Path.of(dataDir == null ? "./data" : dataDir, FILE)));
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    /** Reads (or creates) the key file only when Quarkus asks for the key, not when the build lists properties. */
    static final class SessionKeySource extends AbstractConfigSource {

        private final String given;
        private final Path file;
        private volatile String key;

        SessionKeySource(String given, Path file) {
            super("openmap-session-key", ORDINAL);
            this.given = given;
            this.file = file;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of(PROPERTY);
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of(PROPERTY, getValue(PROPERTY));
        }

        @Override
        public String getValue(String name) {
            if (!PROPERTY.equals(name)) {
                return null;
            }
            if (key == null) {
                key = given != null ? given : DataFolder.secret(file);
            }
            return key;
        }
    }
}
