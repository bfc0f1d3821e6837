package fr.openmap.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * The first organizer account, created at start-up when there is none yet, and the bcrypt cost of
 * the password hashes written from now on.
 */
@ConfigMapping(prefix = "openmap.organizer")
public interface OrganizerConfig {
    String user();

    /** Needed only while the database holds no organizer account. */
    Optional<String> password();

    /** bcrypt's cost (log2 of its rounds): each sign-in check costs about 2^cost hashing rounds. */
    @WithDefault("10")
    int bcryptCost();
}
