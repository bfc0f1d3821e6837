package fr.openmap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.openmap.access.ForbiddenException;
import fr.openmap.access.OrganizerIdentityProvider;
import fr.openmap.errorpage.ErrorPage;
import fr.openmap.validation.Collisions;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problem;
import fr.openmap.validation.Problems;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where failures become HTTP answers: a readable JSON body, never a stack trace; a
 * browser asking for a page outside the API gets a page instead ({@link ErrorPage}).
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri, HttpHeaders headers) {
        LOG.debugf("input refused (422): %d problem(s)", e.problems().size());
        return answer(422, new ApiError(422, "the input has " + e.problems().size() + " problem(s)", e.problems()), uri, headers);
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<Problem> problems = e.getConstraintViolations().stream()
                .map(v -> new Problem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return json(422, new ApiError(422, "the input has " + problems.size() + " problem(s)", problems));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri, HttpHeaders headers) {
        return answer(409, ApiError.of(409, e.getMessage()), uri, headers);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return answer(404, ApiError.of(404, e.getMessage()), uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return answer(403, ApiError.of(403, e.getMessage()), uri, headers);
    }

    /** An endpoint that needs a role was called without credentials. */
    @ServerExceptionMapper
    public Response anonymous(io.quarkus.security.UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return ErrorPage.forBrowser(401, uri, headers).orElseGet(() -> unauthorized("credentials are required: the organizer's user and password, or your personal access token"));
    }

    /** The caller's role is not among those the endpoint admits. */
    @ServerExceptionMapper
    public Response roleRefused(io.quarkus.security.ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return answer(403, ApiError.of(403, "your access does not allow this: it is for the organizer or for another kind of participant"),
                uri, headers);
    }

    /** Wrong credentials, or too many wrong passwords from one address (429, and when to try again). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        Optional<Response> page = ErrorPage.forBrowser(401, uri, headers);
        if (page.isPresent()) {
            return page.get(); // a console session whose account was removed: sign in again
        }
        Long retryAfter = e.getAttribute(OrganizerIdentityProvider.RETRY_AFTER_SECONDS);
        if (retryAfter != null) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, retryAfter)
                    .type(MediaType.APPLICATION_JSON).entity(ApiError.of(429, e.getMessage())).build();
        }
        return unauthorized(e.getMessage() == null ? OrganizerIdentityProvider.WRONG_CREDENTIALS : e.getMessage());
    }

    private static Response unauthorized(String message) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OpenMap Rencontres\"")
                .type(MediaType.APPLICATION_JSON).entity(ApiError.of(401, message)).build();
    }

    /**
     * Malformed JSON, a value of the wrong JSON type, or a document beyond Jackson's limits (nesting,
     * number or string length): 400 with where it is. Expected, so not logged: the client gets the whole answer.
     */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String location = "$";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            location = "$" + mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + Problems.shown(ref.getFieldName()) : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining());
        }
        // expected: one line at debug level at most (what a client sent is in the answer, not in the log)
        LOG.debugf("unreadable body (400) at %s", location);
        return json(400, new ApiError(400, "the document is not valid JSON of the expected shape",
                List.of(new Problem(location, readable(e)))));
    }

    /** What is wrong, in the client's terms (a JSON type, a limit), on one line. */
    private static String readable(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && !(e.getCause() instanceof JsonProcessingException)) {
            return "expected " + jsonKind(mismatch.getTargetType()) + " here";
        }
        JsonProcessingException cause = e.getCause() instanceof StreamConstraintsException limit ? limit : e;
        if (cause instanceof StreamConstraintsException) {
            return "the document exceeds a limit: " + firstLine(cause.getOriginalMessage())
                    + (cause.getLocation() == null ? "" : " (line " + cause.getLocation().getLineNr()
                    + ", column " + cause.getLocation().getColumnNr() + ")");
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String jsonKind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class || type.isEnum()) {
            return "a text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int cut = message.indexOf('\n');
        return cut > 0 ? message.substring(0, cut) : message;
    }

    /** Quarkus maps this subtype itself with an empty body; ours says where the value is wrong. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return answer(status, ApiError.of(status, "internal error"), uri, headers);
        }
        String message = e.getMessage() == null ? "request refused" : e.getMessage();
        return answer(status, ApiError.of(status, message), uri, headers);
    }

    /**
     * A write that lost a race at the database (a unique key taken, a row removed, a lock not obtained in
     * time), also when the commit wraps it: 409 saying so. Anything else of these types stays a 500.
     */
    @ServerExceptionMapper({PersistenceException.class, RollbackException.class, TransactionalException.class,
            ArcUndeclaredThrowableException.class})
    public Response concurrentChange(Exception e, UriInfo uri, HttpHeaders headers) {
        if (Collisions.cause(e, org.hibernate.exception.JDBCConnectionException.class).isPresent()) {
            // no database connection free in time (a burst of requests), or the database is out of reach
            LOG.warnf("no database connection: %s", e.getMessage());
            return Response.status(503).header(HttpHeaders.RETRY_AFTER, 5).type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of(503, "the service is busy: nothing was changed; try again in a moment")).build();
        }
        return Collisions.describe(e).map(sentence -> answer(409, ApiError.of(409, sentence), uri, headers))
                .orElseGet(() -> unexpected(e instanceof RuntimeException r ? r : new RuntimeException(e), uri, headers));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        LOG.error("unexpected failure", e);
        return answer(500, ApiError.of(500, "internal error: the operation was not carried out; see the service log"), uri, headers);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** JSON for the API and its clients; a page in the person's language for a browser (see ErrorPage). */
    private static Response answer(int status, ApiError error, UriInfo uri, HttpHeaders headers) {
        return ErrorPage.forBrowser(status, uri, headers).orElseGet(() -> json(status, error));
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }
}
