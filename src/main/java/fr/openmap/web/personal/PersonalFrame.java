package fr.openmap.web.personal;

import fr.openmap.web.console.Frame;

import java.util.List;

/**
 * What the personal space's layout shows around every page: the page title, the language and the link to the
 * other one, whose space it is, the event, and the space's navigation ({@link PersonalSection}); in an organizer's
 * read-only view, the banner saying so ({@code banner}, null otherwise) with the way back to the console.
 */
public record PersonalFrame(String title, String lang, String switchHref, String switchLang, String participantName,
                            String eventTitle, String eventDate, List<Frame.NavLink> nav, String banner,
                            String backHref, String back) {
}
