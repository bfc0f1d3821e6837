package fr.openmap.access;

import io.smallrye.config.ConfigMapping;

/** The organizer's HTTP Basic credentials. */
@ConfigMapping(prefix = "openmap.organizer")
public interface OrganizerConfig {
    String user();

    String password();
}
