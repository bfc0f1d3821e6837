package fr.openmap.web.console;

/** The console's addresses, written once (emails and other pages link to them). */
public final class EventPaths {

    public static final String CONSOLE = "/console";
    public static final String LOGIN = "/login";
    public static final String ACCOUNTS = "/console/accounts";
    public static final String NEW_EVENT = "/console/events/new";

    private EventPaths() {
    }

    public static String event(long id) {
        return "/console/events/" + id;
    }
}
