package fr.openmap.access;

import fr.openmap.api.ApiError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Every call under {@code /api} needs credentials: the organizer's HTTP Basic user and password,
 * or a participant's personal token as a Bearer token. The token is only looked up when a
 * resource asks the {@link Caller} (on a worker thread, where the database may be used).
 */
@ApplicationScoped // created on first request, when the run-time credentials are known
public class ApiAccessFilter {

    @Inject
    OrganizerConfig organizer;
    @Inject
    Caller caller;

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api")) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (organizerMatches(header.substring(6).trim())) {
                caller.signInOrganizer();
                return null;
            }
            return unauthorized("wrong user name or password");
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && !header.substring(7).isBlank()) {
            caller.presentToken(header.substring(7).trim());
            return null;
        }
        return unauthorized("credentials are required: the organizer's user and password, or your personal access token");
    }

    private boolean organizerMatches(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String expected = organizer.user() + ":" + organizer.password();
        return MessageDigest.isEqual(decoded.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    static Response unauthorized(String message) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OpenMap Rencontres\"")
                .type(MediaType.APPLICATION_JSON)
                .entity(ApiError.of(401, message))
                .build();
    }
}
