package fr.openmap.access;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses (403) a state-changing request that a browser says comes from another site: a page
 * elsewhere must not make a signed-in organizer's browser (cached Basic credentials) or a
 * participant's session send a form here. Browsers say where a request comes from with
 * {@code Sec-Fetch-Site} and {@code Origin}; curl and integrations send neither and are not affected.
 */
@ApplicationScoped
public class CrossSiteRequestGuard {

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestGuard.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Runs before authentication and every route. */
    private static final int PRIORITY = 1000;

    @ConfigProperty(name = "openmap.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (SAFE.contains(request.method()) || !crossSite(request)) {
            context.next();
            return;
        }
        LOG.warnf("refused a cross-site %s %s (Origin %s, Sec-Fetch-Site %s)", request.method(), request.path(),
                request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
        context.response().setStatusCode(403)
                .putHeader("Content-Type", "application/json")
                .end("{\"status\":403,\"error\":\"this request comes from another site: it was refused\"}");
    }

    boolean crossSite(HttpServerRequest request) {
        // Browsers that send Sec-Fetch-Site are believed on it: with "Referrer-Policy: no-referrer"
        // they send "Origin: null" even for a form of this very site.
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String given = origin.toLowerCase(Locale.ROOT);
        String host = request.getHeader("Host");
        return !(host != null && (given.equals("http://" + host.toLowerCase(Locale.ROOT))
                || given.equals("https://" + host.toLowerCase(Locale.ROOT)))
                || given.equals(originOf(publicUrl)));
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            return (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
