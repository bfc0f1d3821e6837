package fr.openmap.digest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the request digests ({@code openmap.digest.*}). */
@ConfigMapping(prefix = "openmap.digest")
public interface DigestConfig {

    /**
     * A participant gets at most one digest in this time: the first note waits this long for others to join it
     * ({@code OPENMAP_DIGEST_EVERY}).
     */
    @WithDefault("30m")
    Duration every();

    /** How often the notes are looked at ("1m"; "off" disables the schedule: tests send digests themselves). */
    @WithDefault("1m")
    String checkEvery();
}
