package fr.openmap.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.event.Event;
import fr.openmap.eventfile.EventFile;
import fr.openmap.eventfile.EventFileService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;

/** In dev mode, fills an empty database with the 17 May 2018 matinale so there is something to try. */
@ApplicationScoped
public class DemoSeeder {

    static final String DEMO_FILE = "demo/openmap-ess-2018-05-17.json";
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    @ConfigProperty(name = "openmap.demo.seed")
    boolean seed;
    @Inject
    EventFileService eventFiles;
    @Inject
    ObjectMapper json;

    @Transactional
    void onStart(@Observes StartupEvent start) throws IOException {
        if (!seed || Event.count() > 0) {
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEMO_FILE)) {
            EventFile file = json.readValue(in, EventFile.class);
            EventFileService.ImportResult result = eventFiles.importFile(file);
            LOG.infof("Demo event '%s' imported with id %d; personal tokens: %s", result.event().slug,
                    result.event().id, result.tokens().stream().limit(3).map(t -> t.ref() + "=" + t.token()).toList());
        }
    }
}
