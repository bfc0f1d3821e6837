package fr.openmap.web.console;

import fr.openmap.i18n.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The FR/EN switch of the console and public pages: remembers the choice in a cookie and goes back. */
@Path(LanguageSwitch.PATH + "/{code}")
@PermitAll
public class LanguageSwitch {

    static final String PATH = "/language";

    @GET
    public Response choose(@PathParam("code") String code, @QueryParam("back") String back) {
        Language language = Language.of(code);
        NewCookie cookie = new NewCookie.Builder(Console.LANGUAGE_COOKIE).value(language.code).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(sameSite(back))).cookie(cookie).build();
    }

    /** Only a path of this site: "//elsewhere" or "https://…" would make this an open redirect. */
    static String sameSite(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? back : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
