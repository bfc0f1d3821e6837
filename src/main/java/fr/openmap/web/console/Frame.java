package fr.openmap.web.console;

import java.util.List;

/**
 * What the console's layout shows around every page: the page title, the language and the switch
 * to the other one, who is signed in, and for an event's pages its name and sections.
 */
public record Frame(String title, String lang, String user, String switchHref, EventHeader event,
                    List<NavLink> sections) {

    /** The event a page is about, as its header shows it. */
    public record EventHeader(long id, String title, String date) {
    }

    /** One link of the event's navigation; {@code current} for the page shown. */
    public record NavLink(String label, String href, boolean current) {
    }

    public boolean signedIn() {
        return user != null;
    }
}
