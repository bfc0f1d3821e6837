package fr.openmap.agenda;

import fr.openmap.agenda.ParticipantAgenda.MeetingLine;
import fr.openmap.agenda.ParticipantAgenda.ProgrammeLine;
import fr.openmap.event.Event;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The calendar file (text/calendar, METHOD:PUBLISH) attached to every agenda, built with ical4j:
 * the event's time zone as a VTIMEZONE, one VEVENT for the matinale itself and one per meeting.
 * A meeting's UID depends only on the event and the pair, and its SEQUENCE grows with each
 * change of the agenda, so a later file replaces the meeting in the recipient's calendar;
 * meetings removed since the previous agenda come back once as STATUS:CANCELLED.
 */
final class AgendaCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    /** Times inside the calendar file's description: a technical format, the same in every language. */
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String TABLE_WORD = "table";

    private AgendaCalendar() {
    }

    /** The UID of a meeting: stable for a given event and pair, whatever its time or table. */
    static String meetingUid(Event event, PublishedMeeting meeting) {
        return event.slug + "-" + meeting.buyer() + "-" + meeting.structure() + "@openmap-rencontres";
    }

    static String eventUid(Event event) {
        return event.slug + "@openmap-rencontres";
    }

    /**
     * The calendar of {@code agenda}: the matinale and each meeting, confirmed, then the {@code cancelled}
     * meetings; every entry at {@code sequence}, their words from {@code words}.
     */
    static String build(Event event, ParticipantAgenda agenda, List<MeetingLine> cancelled, int sequence,
                        AgendaMessages words, Instant stamp) {
        TimeZone zone = ZONES.getTimeZone(event.timezone);
        if (zone == null) {
            throw new IllegalStateException("ical4j knows no time zone " + event.timezone);
        }
        ZoneId zoneId = ZoneId.of(event.timezone);
        Calendar calendar = new Calendar()
                .add(new ProdId("-//OpenMap Rencontres//Agenda//FR"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        calendar.add(zone.getVTimeZone());

        List<ProgrammeLine> programme = agenda.programme();
        if (!programme.isEmpty()) {
            LocalDate firstDay = programme.get(0).day();
            LocalDate lastDay = programme.get(programme.size() - 1).day();
            ZonedDateTime start = at(firstDay, programme.stream().filter(p -> p.day().equals(firstDay))
                    .map(ProgrammeLine::start).min(Comparator.naturalOrder()).orElseThrow(), zoneId);
            ZonedDateTime end = at(lastDay, programme.stream().filter(p -> p.day().equals(lastDay))
                    .map(ProgrammeLine::end).max(Comparator.naturalOrder()).orElseThrow(), zoneId);
            String description = programme.stream()
                    .map(p -> HH_MM.format(p.start()) + "–" + HH_MM.format(p.end()) + " " + p.title())
                    .collect(Collectors.joining("\n"));
            calendar.add(vevent(eventUid(event), start, end, event.title, event.venue, description,
                    sequence, ImmutableStatus.VEVENT_CONFIRMED, stamp));
        }
        for (MeetingLine line : agenda.meetings()) {
            calendar.add(meetingEvent(event, line, words, zoneId, sequence, ImmutableStatus.VEVENT_CONFIRMED, stamp));
        }
        for (MeetingLine line : cancelled) {
            calendar.add(meetingEvent(event, line, words, zoneId, sequence, ImmutableStatus.VEVENT_CANCELLED, stamp));
        }
        return calendar.toString();
    }

    private static VEvent meetingEvent(Event event, MeetingLine line, AgendaMessages words, ZoneId zone, int sequence,
                                       Status status, Instant stamp) {
        PublishedMeeting m = line.meeting();
        String location = (event.venue == null ? "" : event.venue + " — ") + TABLE_WORD + " " + m.table();
        String description = line.counterpart()
                + (line.details() == null || line.details().isBlank() ? "" : " (" + line.details() + ")")
                + "\nContact: " + line.contactName() + " <" + line.contactEmail() + ">";
        return vevent(meetingUid(event, m), at(m.date(), m.start(), zone), at(m.date(), m.end(), zone),
                words.calendarSummary(line.counterpart(), m.table()), location, description, sequence, status, stamp);
    }

    private static VEvent vevent(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String location,
                                 String description, int sequence, Status status, Instant stamp) {
        VEvent vevent = new VEvent(start, end, summary);
        vevent.replace(new DtStamp(stamp));
        vevent.add(new Uid(uid));
        vevent.add(new Sequence(sequence));
        vevent.add(status);
        if (location != null && !location.isBlank()) {
            vevent.add(new Location(location));
        }
        if (description != null && !description.isBlank()) {
            vevent.add(new Description(description));
        }
        return vevent;
    }

    private static ZonedDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone);
    }
}
