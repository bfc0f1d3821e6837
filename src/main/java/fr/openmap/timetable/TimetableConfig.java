package fr.openmap.timetable;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the scheduling rules are read from at start-up. */
@ConfigMapping(prefix = "openmap.scheduling-rules")
public interface TimetableConfig {

    /** The folder holding {@code rules.properties}; relative to the working directory. */
    @WithDefault("scheduling-rules")
    String dir();
}
