package fr.openmap.event;

/** Whom participants write to about an event (the event file's {@code organizer}); either part may be null. */
public record OrganizerContact(String name, String email) {

    public static final OrganizerContact NONE = new OrganizerContact(null, null);

    public boolean isEmpty() {
        return name == null && email == null;
    }
}
