package fr.openmap.web.console;

import fr.openmap.access.Roles;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Signs the organizer out of the console (drops the session cookie) and shows the sign-in form. */
@Path("/logout")
@RolesAllowed(Roles.ORGANIZER)
public class SignOut {

    @Inject
    RoutingContext context;

    @POST
    public Response signOut() {
        FormAuthenticationMechanism.logout(context);
        return Response.seeOther(URI.create(EventPaths.LOGIN + "?signedOut=true")).build();
    }
}
