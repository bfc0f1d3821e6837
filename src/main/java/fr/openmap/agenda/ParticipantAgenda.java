package fr.openmap.agenda;

import fr.openmap.event.Event;
import fr.openmap.event.ProgrammeItem;
import fr.openmap.i18n.Language;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.Structure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * One participant's agenda in the current timetable, its words in {@code language}: what their agenda email
 * and their personal page both show. Dates and times are written by the template, in its locale.
 */
public record ParticipantAgenda(Language language, String contactName, String participantName, boolean buyer,
                                String buyerTable, String eventTitle, String eventTheme, LocalDate eventDate,
                                String venue, List<ProgrammeLine> programme, boolean multiDay,
                                List<MeetingLine> meetings) {

    /** The agenda of {@code participant} in {@code timetable}. */
    static ParticipantAgenda of(Event event, CurrentTimetable timetable, Participant participant, Language language) {
        AgendaMessages words = language.messages(AgendaMessages.class);
        List<PublishedMeeting> meetings = timetable.meetingsOf(participant.ref);
        List<ProgrammeLine> programme = event.programme.stream()
                .sorted(Comparator.comparing((ProgrammeItem p) -> p.date).thenComparing(p -> p.start))
                .map(p -> new ProgrammeLine(p.date, p.start, p.end, p.title)).toList();
        boolean multiDay = programme.stream().map(ProgrammeLine::day).distinct().count() > 1
                || meetings.stream().anyMatch(m -> !m.date().equals(event.date));
        return new ParticipantAgenda(language, participant.contactName, participant.displayName(),
                participant instanceof Buyer, participant instanceof Buyer b ? buyerTable(b, meetings) : null,
                event.title, event.theme, event.date, event.venue, programme, multiDay,
                meetings.stream().map(m -> MeetingLine.of(m, participant, timetable, words)).toList());
    }

    public boolean hasMeetings() {
        return !meetings.isEmpty();
    }

    public int meetingCount() {
        return meetings.size();
    }

    /** The buyer's own table, or the one table all their meetings are at. */
    private static String buyerTable(Buyer buyer, List<PublishedMeeting> meetings) {
        if (buyer.table != null && !buyer.table.isBlank()) {
            return buyer.table;
        }
        return meetings.stream().map(PublishedMeeting::table).distinct().count() == 1 ? meetings.get(0).table() : null;
    }

    /** One item of the programme: day (shown for multi-day events only), times and title. */
    public record ProgrammeLine(LocalDate day, LocalTime start, LocalTime end, String title) {
    }

    /**
     * One meeting: when and at which table ({@code meeting}), with whom ({@code counterpart} is the organization or
     * structure name, {@code details} its service, or legal form and sector) and whom to ask for.
     */
    public record MeetingLine(PublishedMeeting meeting, String counterpart, String details, String contactName,
                              String contactEmail) {

        /** How {@code meeting} reads in {@code me}'s agenda: the other side as the timetable knows them. */
        static MeetingLine of(PublishedMeeting meeting, Participant me, CurrentTimetable timetable, AgendaMessages words) {
            String otherRef = me instanceof Buyer ? meeting.structure() : meeting.buyer();
            Participant other = timetable.byRef().get(otherRef);
            String counterpart;
            String details;
            if (other instanceof Structure s) {
                counterpart = s.name;
                details = s.legalForm + (s.sector == null || s.sector.isBlank() ? "" : " · " + s.sector);
            } else if (other instanceof Buyer b) {
                counterpart = b.organization;
                details = b.service;
            } else {
                counterpart = otherRef;
                details = words.noLongerRegistered();
            }
            return new MeetingLine(meeting, counterpart, details,
                    other == null ? "" : other.contactName, other == null ? "" : other.email);
        }

        public LocalDate day() {
            return meeting.date();
        }

        public LocalTime start() {
            return meeting.start();
        }

        public LocalTime end() {
            return meeting.end();
        }

        public String table() {
            return meeting.table();
        }
    }
}
