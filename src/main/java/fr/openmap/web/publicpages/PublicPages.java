package fr.openmap.web.publicpages;

import fr.openmap.access.PublicFormThrottle;
import fr.openmap.web.console.Console;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** What the public pages share: their words in the person's language, and the throttle on their forms per client address. */
@RequestScoped
public class PublicPages {

    @Inject
    Console console;
    @Inject
    HttpServerRequest request;
    @Inject
    PublicFormThrottle throttle;

    public PublicMessages words() {
        return console.language().messages(PublicMessages.class);
    }

    /** Counts this post; the 429 page saying how long to wait, when this address posted too often. */
    Optional<Response> throttled() {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Optional<Duration> wait = throttle.post(address);
        return wait.map(w -> {
            long seconds = Math.max(1, (w.toMillis() + 999) / 1000);
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, seconds)
                    .entity(console.localized(PublicEventPage.Templates.refused(console.frame(words().takePart()),
                            words().throttled(seconds), null))).build();
        });
    }

    static String eventPath(String slug) {
        return "/e/" + slug;
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
