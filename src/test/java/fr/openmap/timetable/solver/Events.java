package fr.openmap.timetable.solver;

import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.event.TimeWindow;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.LegalForm;
import fr.openmap.registration.PitchInfo;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.StructureData;
import fr.openmap.requests.RequestStatus;
import fr.openmap.snapshot.EventSnapshot.BookingData;
import fr.openmap.snapshot.EventSnapshot.EventInfo;
import fr.openmap.snapshot.EventSnapshot.RequestData;
import fr.openmap.snapshot.EventSnapshot;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Builds small event snapshots in code for tests. */
final class Events {

    static final LocalDate DATE = LocalDate.of(2018, 5, 17);

    private final List<ProgrammeItemData> programme = new ArrayList<>();
    private final List<BuyerData> buyers = new ArrayList<>();
    private final List<StructureData> structures = new ArrayList<>();
    private final List<RequestData> requests = new ArrayList<>();
    private final List<BookingData> bookings = new ArrayList<>();
    private int tables = 10;

    /** A networking session from {@code start}, {@code slots} slots of 10 minutes with 2 minutes between. */
    static Events withSession(String start, int slots) {
        return new Events().session(start, slots);
    }

    Events session(String start, int slots) {
        LocalTime from = LocalTime.parse(start);
        programme.add(new ProgrammeItemData(ProgrammeKind.NETWORKING, "networking", DATE, from,
                from.plusMinutes(12L * slots - 2), 10, 2));
        return this;
    }

    Events pitches(String start, String end) {
        programme.add(new ProgrammeItemData(ProgrammeKind.PITCHES, "pitches", DATE, LocalTime.parse(start),
                LocalTime.parse(end), null, null));
        return this;
    }

    Events tables(int count) {
        this.tables = count;
        return this;
    }

    Events buyer(String ref) {
        return buyer(ref, null, null, List.of());
    }

    Events buyer(String ref, Integer maxMeetings, String table, List<TimeWindow> unavailable) {
        buyers.add(new BuyerData(ref, "Org " + ref, "Achats", "Contact", ref + "@example.org", List.of(), unavailable,
                maxMeetings, table));
        return this;
    }

    Events structure(String ref) {
        return structure(ref, 1, null);
    }

    Events structure(String ref, int representatives, PitchStatus pitch) {
        structures.add(new StructureData(ref, "Structure " + ref, LegalForm.SCOP, "00000000000000", "93", "sector",
                "Contact", ref + "@example.org", representatives, List.of(), null,
                pitch == null ? null : new PitchInfo(pitch, 1)));
        return this;
    }

    Events request(String from, String to, int priority, RequestStatus status) {
        requests.add(new RequestData(from, to, priority, status));
        return this;
    }

    Events request(String from, String to, int priority) {
        return request(from, to, priority, RequestStatus.ACCEPTED);
    }

    Events booking(String buyer, String structure, String start) {
        bookings.add(new BookingData(buyer, structure, DATE, LocalTime.parse(start)));
        return this;
    }

    static TimeWindow window(String start, String end) {
        return new TimeWindow(DATE, LocalTime.parse(start), LocalTime.parse(end));
    }

    EventSnapshot build() {
        EventInfo info = new EventInfo("test-event", "Test", "theme", "venue", DATE, ZoneId.of("Europe/Paris"), 3,
                tables, List.copyOf(programme));
        return new EventSnapshot(info, List.copyOf(buyers), List.copyOf(structures), List.copyOf(requests),
                List.copyOf(bookings));
    }
}
