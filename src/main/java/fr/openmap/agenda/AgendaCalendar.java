package fr.openmap.agenda;

import fr.openmap.event.Event;
import fr.openmap.event.ProgrammeItem;
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
import java.util.Comparator;
import java.util.List;

/**
 * The calendar file (text/calendar, METHOD:PUBLISH) attached to every agenda, built with ical4j:
 * the event's time zone as a VTIMEZONE, one VEVENT for the matinale itself and one per meeting.
 * A meeting's UID depends only on the event and the pair, and its SEQUENCE grows with each
 * change of the agenda, so a later file replaces the meeting in the recipient's calendar;
 * meetings removed since the previous agenda come back once as STATUS:CANCELLED.
 */
final class AgendaCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** What a calendar entry for one meeting says, already in the recipient's language. */
    record Entry(PublishedMeeting meeting, String summary, String description) {
    }

    private AgendaCalendar() {
    }

    /** The UID of a meeting: stable for a given event and pair, whatever its time or table. */
    static String meetingUid(Event event, PublishedMeeting meeting) {
        return event.slug + "-" + meeting.buyer() + "-" + meeting.structure() + "@openmap-rencontres";
    }

    static String eventUid(Event event) {
        return event.slug + "@openmap-rencontres";
    }

    static String build(Event event, String eventDescription, List<Entry> meetings, List<Entry> cancelled,
                        int sequence, String tableWord, Instant stamp) {
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

        List<ProgrammeItem> programme = event.programme.stream()
                .sorted(Comparator.comparing((ProgrammeItem p) -> p.date).thenComparing(p -> p.start)).toList();
        if (!programme.isEmpty()) {
            ZonedDateTime start = at(programme.get(0).date, programme.stream().filter(p -> p.date.equals(programme.get(0).date))
                    .map(p -> p.start).min(Comparator.naturalOrder()).orElseThrow(), zoneId);
            ProgrammeItem lastDay = programme.get(programme.size() - 1);
            ZonedDateTime end = at(lastDay.date, programme.stream().filter(p -> p.date.equals(lastDay.date))
                    .map(p -> p.end).max(Comparator.naturalOrder()).orElseThrow(), zoneId);
            calendar.add(vevent(eventUid(event), start, end, event.title, event.venue, eventDescription,
                    sequence, ImmutableStatus.VEVENT_CONFIRMED, stamp));
        }
        for (Entry entry : meetings) {
            calendar.add(meetingEvent(event, entry, zoneId, tableWord, sequence, ImmutableStatus.VEVENT_CONFIRMED, stamp));
        }
        for (Entry entry : cancelled) {
            calendar.add(meetingEvent(event, entry, zoneId, tableWord, sequence, ImmutableStatus.VEVENT_CANCELLED, stamp));
        }
        return calendar.toString();
    }

    private static VEvent meetingEvent(Event event, Entry entry, ZoneId zone, String tableWord, int sequence,
                                       Status status, Instant stamp) {
        PublishedMeeting m = entry.meeting();
        String location = (event.venue == null ? "" : event.venue + " — ") + tableWord + " " + m.table();
        return vevent(meetingUid(event, m), at(m.date(), m.start(), zone), at(m.date(), m.end(), zone),
                entry.summary(), location, entry.description(), sequence, status, stamp);
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
