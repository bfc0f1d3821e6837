package fr.openmap.eventfile;

import fr.openmap.event.EventSnapshot;
import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.TimeWindow;
import fr.openmap.i18n.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes an {@link EventSnapshot} back as an {@code openmap-event/1} document (the inverse of the validator). */
public final class EventFileWriter {

    private EventFileWriter() {
    }

    public static EventFile write(EventSnapshot snapshot) {
        EventSnapshot.EventInfo e = snapshot.event();
        LocalDate day = e.date();
        EventFile.Event event = new EventFile.Event(e.slug(), e.title(), e.theme(), day.toString(),
                e.timezone().getId(), e.venue(), e.pitchPlaces(), e.tables(),
                e.programme().stream().map(item -> programmeItem(item, day)).toList(),
                moment(e.answersFrozenAt(), e.timezone()));
        List<EventFile.Buyer> buyers = snapshot.buyers().stream().map(b -> buyer(b, day)).toList();
        List<EventFile.Structure> structures = snapshot.structures().stream().map(s -> structure(s, day)).toList();
        List<EventFile.Request> requests = snapshot.requests().stream()
                .map(r -> new EventFile.Request(r.from(), r.to(), r.priority(), r.status().name()))
                .toList();
        List<EventFile.Booking> bookings = snapshot.bookings().stream()
                .map(b -> new EventFile.Booking(b.buyer(), b.structure(), dateUnlessEventDay(b.date(), day), time(b.start())))
                .toList();
        return new EventFile(EventFile.FORMAT, event, buyers, structures, requests, bookings);
    }

    public static EventFile.Buyer buyer(EventSnapshot.BuyerData b, LocalDate day) {
        return new EventFile.Buyer(b.ref(), b.organization(), b.service(), b.contactName(), b.email(),
                b.interests(), windows(b.unavailable(), day), b.maxMeetings(), b.table(), languageUnlessDefault(b.language()));
    }

    public static EventFile.Structure structure(EventSnapshot.StructureData s, LocalDate day) {
        return new EventFile.Structure(s.ref(), s.name(), s.legalForm().name(), s.siret(), s.department(),
                s.sector(), s.contactName(), s.email(), s.representatives(), windows(s.unavailable(), day),
                s.maxMeetings(), s.pitch() == null ? null
                : new EventFile.Pitch(s.pitch().status() == null ? null : s.pitch().status().name(), s.pitch().rank()),
                languageUnlessDefault(s.language()));
    }

    /** French is the default: only another language is written, so files without languages export unchanged. */
    private static String languageUnlessDefault(String language) {
        return language == null || Language.DEFAULT.code.equals(language) ? null : language;
    }

    private static EventFile.ProgrammeItem programmeItem(ProgrammeItemData item, LocalDate day) {
        return new EventFile.ProgrammeItem(item.kind().name(), item.title(), time(item.start()), time(item.end()),
                dateUnlessEventDay(item.date(), day), item.slotMinutes(), item.changeoverMinutes());
    }

    private static List<EventFile.Window> windows(List<TimeWindow> windows, LocalDate day) {
        return windows.stream()
                .map(w -> new EventFile.Window(time(w.start()), time(w.end()), dateUnlessEventDay(w.date(), day)))
                .toList();
    }

    /** The format lets a date default to the event's day: only other days are written. */
    private static String dateUnlessEventDay(LocalDate date, LocalDate day) {
        return date == null || date.equals(day) ? null : date.toString();
    }

    /** A moment as it is written in files and the API: in the event's time zone, with its offset. */
    public static String moment(Instant moment, ZoneId zone) {
        return moment == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZone(zone));
    }

    public static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
