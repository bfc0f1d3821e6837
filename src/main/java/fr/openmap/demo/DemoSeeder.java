package fr.openmap.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.access.PersonalSession;
import fr.openmap.event.Event;
import fr.openmap.eventfile.EventFile;
import fr.openmap.eventfile.EventFileService;
import fr.openmap.registration.IssuedToken;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;

/**
 * In dev mode, fills an empty database with the 17 May 2018 matinale so there is something to try,
 * and says where to start: the console, its sign-in, one buyer's and one structure's personal page.
 */
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
    @ConfigProperty(name = "openmap.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;
    @ConfigProperty(name = "openmap.organizer.user")
    String organizerUser;

    private String personalLink(long eventId, IssuedToken token) {
        return publicUrl + PersonalSession.pagePath(eventId, token.ref()) + "?" + PersonalSession.TOKEN_PARAMETER + "=" + token.token();
    }

    @Transactional
    void onStart(@Observes StartupEvent start) throws IOException {
        if (!seed) {
            return;
        }
        LOG.infof("Console: %s/console (sign in as '%s' with OPENMAP_ORGANIZER_PASSWORD, 'matinale' in the demo)",
                publicUrl, organizerUser);
        if (Event.count() > 0) {
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEMO_FILE)) {
            EventFile file = json.readValue(in, EventFile.class);
            EventFileService.ImportResult result = eventFiles.importFile(file);
            LOG.infof("Demo event '%s' imported with id %d; personal tokens: %s", result.event().slug,
                    result.event().id, result.tokens().stream().limit(3).map(t -> t.ref() + "=" + t.token()).toList());
            result.tokens().stream().filter(t -> t.kind().equals("buyer")).findFirst().ifPresent(t ->
                    LOG.infof("A buyer's personal page: %s", personalLink(result.event().id, t)));
            result.tokens().stream().filter(t -> t.kind().equals("structure")).findFirst().ifPresent(t ->
                    LOG.infof("A structure's personal page: %s", personalLink(result.event().id, t)));
        }
    }
}
