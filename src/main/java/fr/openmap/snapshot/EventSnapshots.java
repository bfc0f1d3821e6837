package fr.openmap.snapshot;

import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.Structure;
import fr.openmap.registration.StructureData;
import fr.openmap.requests.Booking;
import fr.openmap.requests.MeetingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.List;

/** Reads a stored event back as a snapshot: for the event file's export and for the solver. */
@ApplicationScoped
public class EventSnapshots {

    @Inject
    EventService events;

    /** The whole stored event, in the order things were registered. */
    @Transactional
    public EventSnapshot read(long eventId) {
        Event event = events.require(eventId);
        List<BuyerData> buyers = Buyer.<Buyer>list("event = ?1 order by id", event).stream()
                .map(Buyer::toData).toList();
        List<StructureData> structures = Structure.<Structure>list("event = ?1 order by id", event)
                .stream().map(Structure::toData).toList();
        List<EventSnapshot.RequestData> requests = MeetingRequest.<MeetingRequest>list("event = ?1 order by id", event)
                .stream().map(r -> new EventSnapshot.RequestData(r.fromRef(), r.toRef(), r.priority, r.status)).toList();
        List<EventSnapshot.BookingData> bookings = Booking.<Booking>list("event = ?1 order by id", event).stream()
                .map(b -> new EventSnapshot.BookingData(b.buyer.ref, b.structure.ref, b.slotDate, b.slotStart)).toList();
        EventSnapshot.EventInfo info = new EventSnapshot.EventInfo(event.slug, event.title, event.theme, event.venue,
                event.date, ZoneId.of(event.timezone), event.pitchPlaces, event.tables, event.programmeData(),
                event.answersFrozenAt, event.registration(), event.organizer());
        return new EventSnapshot(info, buyers, structures, requests, bookings);
    }
}
