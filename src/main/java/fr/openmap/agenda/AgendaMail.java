package fr.openmap.agenda;

import fr.openmap.outbox.PersonalLinks;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The personal agenda email: its type-safe templates (templates/AgendaMail/, one HTML and one
 * plain-text version, their words in {@link AgendaMessages}) and the view they render.
 */
public final class AgendaMail {

    private AgendaMail() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(AgendaView a);

        static native TemplateInstance text(AgendaView a);
    }

    /**
     * Everything one participant's agenda shows; dates and times are written by the template, in its locale.
     * {@code changed} is true for an "agenda changed" message, which lists what changed first.
     * {@code personalLink} is null until the message is rendered (see {@link PersonalLinks#render}).
     */
    public record AgendaView(boolean changed, String contactName, String participantName, boolean buyer,
                             String buyerTable, String eventTitle, String eventTheme, LocalDate eventDate,
                             String venue, List<ProgrammeLine> programme, boolean multiDay,
                             List<MeetingLine> meetings, List<MeetingLine> added, List<MeetingLine> removed,
                             List<MovedLine> moved, String personalLink) {

        public boolean hasMeetings() {
            return !meetings.isEmpty();
        }

        public int meetingCount() {
            return meetings.size();
        }

        /** The same agenda showing this personal link. */
        public AgendaView withPersonalLink(String link) {
            return new AgendaView(changed, contactName, participantName, buyer, buyerTable, eventTitle, eventTheme,
                    eventDate, venue, programme, multiDay, meetings, added, removed, moved, link);
        }
    }

    /** One item of the programme: day (multi-day events only), times and title. */
    public record ProgrammeLine(LocalDate day, LocalTime start, LocalTime end, String title) {
    }

    /**
     * One meeting: when, at which table, with whom ({@code counterpart} is the organization or
     * structure name, {@code details} its service, or legal form and sector) and whom to ask for.
     */
    public record MeetingLine(LocalDate day, LocalTime start, LocalTime end, String table, String counterpart,
                              String details, String contactName, String contactEmail) {
    }

    /** A meeting kept with the same counterpart but at another time or table. */
    public record MovedLine(MeetingLine before, MeetingLine after) {
    }
}
