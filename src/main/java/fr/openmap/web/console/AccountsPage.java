package fr.openmap.web.console;

import fr.openmap.access.OrganizerAccounts;
import fr.openmap.access.Roles;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The organizer accounts: who may sign in; an organizer adds and removes them (never the last one). */
@Path(EventPaths.ACCOUNTS)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class AccountsPage {

    private static final ZoneId SHOWN_IN = ZoneId.of("Europe/Paris");

    @Inject
    Console console;
    @Inject
    OrganizerAccounts accounts;
    @Inject
    RoutingContext context;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, List<AccountLine> accounts, FieldProblems problems,
                                            String typedUsername, String notice, String refusal);
    }

    /** One account as listed; {@code you} for the one signed in. */
    public record AccountLine(String username, String created, String createdBy, boolean you) {
    }

    @GET
    public Response show(@QueryParam("added") String added, @QueryParam("removed") String removed) {
        ConsoleMessages words = console.words();
        String notice = added != null ? words.accountsAdded(added) : removed != null ? words.accountsRemoved(removed) : null;
        return page(FieldProblems.none(), null, notice, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("username") String username, @FormParam("password") String password) {
        try {
            accounts.add(username, password, console.user());
        } catch (InvalidInputException e) {
            return page(console.problems(e.problems(), "", Set.of("username", "password")::contains), username, null, null, 422);
        } catch (ConflictException e) {
            return page(FieldProblems.none(), username, null, console.refused(e.text()), 409);
        }
        return Response.seeOther(UriBuilder.fromPath(EventPaths.ACCOUNTS).queryParam("added", username.strip()).build()).build();
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@FormParam("username") String username, @FormParam("confirm") boolean confirm) {
        String me = console.user();
        try {
            accounts.remove(username, me, confirm);
        } catch (InvalidInputException e) {
            return page(FieldProblems.none(), null, null, console.refused(e.problems().get(0).text()), 409);
        } catch (ConflictException e) {
            return page(FieldProblems.none(), null, null, console.refused(e.text()), 409);
        } catch (NotFoundException e) {
            return page(FieldProblems.none(), null, null, console.refused(e.text()), 404);
        }
        if (username.equals(me)) {
            FormAuthenticationMechanism.logout(context);
            return Response.seeOther(UriBuilder.fromPath(EventPaths.LOGIN).queryParam("signedOut", true).build()).build();
        }
        return Response.seeOther(UriBuilder.fromPath(EventPaths.ACCOUNTS).queryParam("removed", username).build()).build();
    }

    private Response page(FieldProblems problems, String typedUsername, String notice, String refusal, int status) {
        String me = console.user();
        List<AccountLine> lines = accounts.list().stream().map(a -> new AccountLine(a.username,
                DateTimeFormats.fullDate(a.createdAt.atZone(SHOWN_IN).toLocalDate(), console.language()),
                a.createdBy, a.username.equals(me))).toList();
        return Response.status(status).entity(console.localized(Templates.page(
                console.frame(console.words().accountsTitle()), lines, problems, typedUsername, notice, refusal))).build();
    }
}
