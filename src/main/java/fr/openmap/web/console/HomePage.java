package fr.openmap.web.console;

import fr.openmap.access.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The service's front door: a signed-in organizer goes on to the console, anybody else reads a short public page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class HomePage {

    @Inject
    Console console;
    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame);
    }

    @GET
    public Response show() {
        if (identity.hasRole(Roles.ORGANIZER)) {
            return Response.seeOther(URI.create(EventPaths.CONSOLE)).build();
        }
        return Response.ok(console.localized(Templates.page(console.frame(console.words().appName())))).build();
    }
}
