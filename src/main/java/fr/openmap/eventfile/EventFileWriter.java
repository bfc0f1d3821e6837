package fr.openmap.eventfile;

import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.RegistrationSettings;
import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.StructureInput;
import fr.openmap.snapshot.EventSnapshot;
import fr.openmap.validation.Written;

import java.time.LocalDate;
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
                Written.moment(e.answersFrozenAt(), e.timezone()), registration(e.registration(), e.timezone()),
                e.organizer().isEmpty() ? null : new EventFile.Organizer(e.organizer().name(), e.organizer().email()));
        List<BuyerInput> buyers = snapshot.buyers().stream().map(b -> ParticipantFields.input(b, day)).toList();
        List<StructureInput> structures = snapshot.structures().stream().map(s -> ParticipantFields.input(s, day)).toList();
        List<EventFile.Request> requests = snapshot.requests().stream()
                .map(r -> new EventFile.Request(r.from(), r.to(), r.priority(), r.status().name()))
                .toList();
        List<EventFile.Booking> bookings = snapshot.bookings().stream()
                .map(b -> new EventFile.Booking(b.buyer(), b.structure(), Written.dateUnlessEventDay(b.date(), day),
                        Written.time(b.start())))
                .toList();
        return new EventFile(EventFile.FORMAT, event, buyers, structures, requests, bookings);
    }

    /** Only what differs from the defaults is written, so files without the section export unchanged. */
    private static EventFile.Registration registration(RegistrationSettings r, java.time.ZoneId zone) {
        if (r.isDefault()) {
            return null;
        }
        return new EventFile.Registration(Written.moment(r.opensAt(), zone), Written.moment(r.closesAt(), zone),
                r.approval() ? Boolean.TRUE : null, r.maxStructures(), r.maxPendingRequests(),
                r.buyerBooking() ? null : Boolean.FALSE);
    }

    private static EventFile.ProgrammeItem programmeItem(ProgrammeItemData item, LocalDate day) {
        return new EventFile.ProgrammeItem(item.kind().name(), item.title(), Written.time(item.start()),
                Written.time(item.end()), Written.dateUnlessEventDay(item.date(), day), item.slotMinutes(), item.changeoverMinutes());
    }
}
