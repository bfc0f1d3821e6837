package fr.openmap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.openmap.access.ForbiddenException;
import fr.openmap.access.OrganizerIdentityProvider;
import fr.openmap.access.SignInFailures;
import fr.openmap.errorpage.ErrorPage;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
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
 * The one place where failures become HTTP answers: a readable JSON body, never a stack trace.
 *
 * <p>Answers speak the language of the request's {@code Accept-Language}: the first of French and English
 * the header prefers ({@code fr-FR,fr;q=0.9} gets French), English when the header is absent or names
 * neither. The body keeps one shape, {@code {status, error, problems: [{location, message}]}}, in either
 * language. A browser asking for a page outside the API gets a page instead ({@link ErrorPage}); pages
 * that show a refusal next to a field catch it themselves and show {@code problem.message(Language.FR)}.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final Text INTERNAL_ERROR = Text.of("internal error", "erreur interne");

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri, HttpHeaders headers) {
        LOG.debugf("input refused (422): %d problem(s)", e.problems().size());
        return ErrorPage.forBrowser(422, uri, headers).orElseGet(() -> invalid(e.problems(), language(headers)));
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, HttpHeaders headers) {
        List<Problem> problems = e.getConstraintViolations().stream()
                .map(v -> new Problem(lastNode(v.getPropertyPath().toString()), Text.english(v.getMessage())))
                .toList();
        return invalid(problems, language(headers));
    }

    private static Response invalid(List<Problem> problems, Language language) {
        int n = problems.size();
        Text error = Text.of("the input has " + n + " problem(s)",
                n == 1 ? "la saisie comporte 1 problème" : "la saisie comporte " + n + " problèmes");
        return json(422, ApiError.of(422, error, problems, language));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri, HttpHeaders headers) {
        return answer(409, ApiError.of(409, e.text(), language(headers)), uri, headers);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        return answer(404, ApiError.of(404, e.text(), language(headers)), uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return answer(403, ApiError.of(403, e.text(), language(headers)), uri, headers);
    }

    /** An endpoint that needs a role was called without credentials. */
    @ServerExceptionMapper
    public Response anonymous(io.quarkus.security.UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return ErrorPage.forBrowser(401, uri, headers).orElseGet(() -> unauthorized(Text.of(
                "credentials are required: the organizer's user and password, or your personal access token",
                "une identification est nécessaire : l'utilisateur et le mot de passe de l'organisateur, "
                        + "ou votre jeton d'accès personnel"), language(headers)));
    }

    /** The caller's role is not among those the endpoint admits. */
    @ServerExceptionMapper
    public Response roleRefused(io.quarkus.security.ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return answer(403, ApiError.of(403, Text.of(
                "your access does not allow this: it is for the organizer or for another kind of participant",
                "votre accès ne le permet pas : c'est réservé à l'organisateur ou à un autre type de participant"),
                language(headers)), uri, headers);
    }

    /** Wrong credentials, or too many wrong passwords from one address (429, and when to try again). */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        Optional<Response> page = ErrorPage.forBrowser(401, uri, headers);
        if (page.isPresent()) {
            return page.get(); // a console session whose account was removed, or a refused password: sign in again
        }
        Long retryAfter = e.getAttribute(OrganizerIdentityProvider.RETRY_AFTER_SECONDS);
        Language language = language(headers);
        if (retryAfter != null) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, retryAfter)
                    .type(MediaType.APPLICATION_JSON).entity(ApiError.of(429, SignInFailures.why(e), language)).build();
        }
        return unauthorized(SignInFailures.why(e), language);
    }

    private static Response unauthorized(Text message, Language language) {
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"OpenMap Rencontres\"")
                .type(MediaType.APPLICATION_JSON).entity(ApiError.of(401, message, language)).build();
    }

    /**
     * Malformed JSON, a value of the wrong JSON type, or a document beyond Jackson's limits (nesting,
     * number or string length): 400 with where it is. Expected, so not logged: the client gets the whole answer.
     */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers) {
        return unreadable(e, language(headers));
    }

    private static Response unreadable(JsonProcessingException e, Language language) {
        String location = "$";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            location = "$" + mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + Problems.shown(ref.getFieldName()) : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining());
        }
        // expected: one line at debug level at most (what a client sent is in the answer, not in the log)
        LOG.debugf("unreadable body (400) at %s", location);
        return json(400, ApiError.of(400, Text.of("the document is not valid JSON of the expected shape",
                        "le document n'est pas du JSON valide de la forme attendue"),
                List.of(new Problem(location, readable(e))), language));
    }

    /** What is wrong, in the client's terms (a JSON type, a limit), on one line; Jackson's own words stay English. */
    private static Text readable(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && !(e.getCause() instanceof JsonProcessingException)) {
            Text kind = jsonKind(mismatch.getTargetType());
            return Text.of("expected " + kind.english() + " here", kind.french() + " est attendu ici");
        }
        JsonProcessingException cause = e.getCause() instanceof StreamConstraintsException limit ? limit : e;
        if (cause instanceof StreamConstraintsException) {
            String limit = firstLine(cause.getOriginalMessage());
            return cause.getLocation() == null
                    ? Text.of("the document exceeds a limit: " + limit, "le document dépasse une limite : " + limit)
                    : Text.of("the document exceeds a limit: " + limit + " (line " + cause.getLocation().getLineNr()
                            + ", column " + cause.getLocation().getColumnNr() + ")",
                    "le document dépasse une limite : " + limit + " (ligne " + cause.getLocation().getLineNr()
                            + ", colonne " + cause.getLocation().getColumnNr() + ")");
        }
        return e.getOriginalMessage() == null ? Text.of("unreadable JSON", "JSON illisible")
                : Text.english(firstLine(e.getOriginalMessage()));
    }

    private static Text jsonKind(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Text.of("a whole number", "un nombre entier");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return Text.of("a number", "un nombre");
        }
        if (type == String.class || type.isEnum()) {
            return Text.of("a text", "un texte");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Text.of("true or false", "true ou false");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Text.of("a list", "une liste");
        }
        return Text.of("an object", "un objet");
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        return cut > 0 ? message.substring(0, cut) : message;
    }

    /** Quarkus maps this subtype itself with an empty body; ours says where the value is wrong. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers) {
        return unreadable(e, language(headers));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        Language language = language(headers);
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, language);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return answer(status, ApiError.of(status, INTERNAL_ERROR, language), uri, headers);
        }
        // Quarkus' own words ("HTTP 404 Not Found"...) stay as they are
        Text message = e.getMessage() == null ? Text.of("request refused", "requête refusée") : Text.english(e.getMessage());
        return answer(status, ApiError.of(status, message, language), uri, headers);
    }

    /**
     * A write that lost a race at the database (a unique key taken, a row removed, a lock not obtained in
     * time), also when the commit wraps it: 409 saying so. Anything else of these types stays a 500.
     */
    @ServerExceptionMapper({PersistenceException.class, RollbackException.class, TransactionalException.class,
            ArcUndeclaredThrowableException.class})
    public Response concurrentChange(Exception e, UriInfo uri, HttpHeaders headers) {
        Language language = language(headers);
        if (Collisions.cause(e, org.hibernate.exception.JDBCConnectionException.class).isPresent()) {
            // no database connection free in time (a burst of requests), or the database is out of reach
            LOG.warnf("no database connection: %s", e.getMessage());
            return Response.status(503).header(HttpHeaders.RETRY_AFTER, 5).type(MediaType.APPLICATION_JSON)
                    .entity(ApiError.of(503, Text.of("the service is busy: nothing was changed; try again in a moment",
                            "le service est occupé : rien n'a été modifié ; réessayez dans un instant"), language)).build();
        }
        return Collisions.describe(e).map(sentence -> answer(409, ApiError.of(409, sentence, language), uri, headers))
                .orElseGet(() -> unexpected(e instanceof RuntimeException r ? r : new RuntimeException(e), uri, headers));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        LOG.error("unexpected failure", e);
        return answer(500, ApiError.of(500, Text.of(
                "internal error: the operation was not carried out; see the service log",
                "erreur interne : l'opération n'a pas été effectuée ; voir le journal du service"), language(headers)), uri, headers);
    }

    /** The first of French and English the caller's {@code Accept-Language} prefers; English otherwise. */
    static Language language(HttpHeaders headers) {
        try {
            return headers == null ? Language.EN : Language.preferred(headers.getAcceptableLanguages()).orElse(Language.EN);
        } catch (RuntimeException unreadableHeader) {
            return Language.EN;
        }
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
