package fr.openmap.eventfile;

import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.ProgrammeItem;
import fr.openmap.event.ProgrammeItemData;
import fr.openmap.i18n.Text;
import fr.openmap.registration.AccessTokens;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.IssuedToken;
import fr.openmap.registration.Structure;
import fr.openmap.registration.StructureData;
import fr.openmap.requests.Booking;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.snapshot.EventSnapshot;
import fr.openmap.snapshot.EventSnapshots;
import fr.openmap.validation.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Imports whole events from event files and exports stored events as event files. */
@ApplicationScoped
public class EventFileService {

    @Inject
    EventService events;
    @Inject
    AccessTokens accessTokens;
    @Inject
    EventSnapshots snapshots;

    /** What an import created: the event and the personal token of every participant, shown this once. */
    public record ImportResult(Event event, List<IssuedToken> tokens) {
    }

    /** Validates and stores a whole event in one transaction: all of it, or nothing. */
    @Transactional
    public ImportResult importFile(EventFile file) {
        EventSnapshot snapshot = EventFileValidator.validate(file);
        if (Event.findBySlug(snapshot.event().slug()).isPresent()) {
            throw slugTaken(snapshot.event().slug());
        }
        return store(snapshot);
    }

    private static ConflictException slugTaken(String slug) {
        return new ConflictException(Text.of("an event with slug '" + slug + "' already exists",
                "un événement de slug « " + slug + " » existe déjà"));
    }

    /**
     * Changes an event's own section (title, slug, date, tables, programme…), checked exactly as in an
     * imported file and together with what the event already holds: its buyers still have tables,
     * its bookings still fall on slots. All of it, or nothing. The answers freeze is kept as it is.
     */
    @Transactional
    public Event updateEvent(long id, EventFile.Event changed) {
        Event event = events.lock(id);
        EventFile current = EventFileWriter.write(snapshots.read(id));
        EventFile.Event withFreeze = new EventFile.Event(changed.slug(), changed.title(), changed.theme(), changed.date(),
                changed.timezone(), changed.venue(), changed.pitchPlaces(), changed.tables(), changed.programme(),
                current.event().answersFrozenAt(), changed.registration(), changed.organizer());
        EventSnapshot checked = EventFileValidator.validate(new EventFile(EventFile.FORMAT, withFreeze, current.buyers(),
                current.structures(), current.requests(), current.bookings()));
        EventSnapshot.EventInfo info = checked.event();
        if (!info.slug().equals(event.slug) && Event.findBySlug(info.slug()).isPresent()) {
            throw slugTaken(info.slug());
        }
        event.programme.clear();
        Event.getEntityManager().flush(); // the old items go before the new ones take their positions
        apply(event, info);
        return event;
    }

    /** A new event with this one's programme, tables and settings under a new slug and title; no participant. */
    @Transactional
    public Event duplicate(long id, String slug, String title) {
        EventFile.Event source = EventFileWriter.write(snapshots.read(id)).event();
        EventFile.Event copy = new EventFile.Event(slug, title, source.theme(), source.date(), source.timezone(),
                source.venue(), source.pitchPlaces(), source.tables(), source.programme(), null, source.registration(),
                source.organizer());
        return importFile(new EventFile(EventFile.FORMAT, copy, null, null, null, null)).event();
    }

    private static void apply(Event event, EventSnapshot.EventInfo info) {
        event.slug = info.slug();
        event.title = info.title();
        event.theme = info.theme();
        event.venue = info.venue();
        event.date = info.date();
        event.timezone = info.timezone().getId();
        event.pitchPlaces = info.pitchPlaces();
        event.tables = info.tables();
        event.answersFrozenAt = info.answersFrozenAt();
        event.registration(info.registration());
        event.organizer(info.organizer());
        int position = 0;
        for (ProgrammeItemData data : info.programme()) {
            ProgrammeItem item = new ProgrammeItem();
            item.event = event;
            item.position = position++;
            item.kind = data.kind();
            item.title = data.title();
            item.date = data.date();
            item.start = data.start();
            item.end = data.end();
            item.slotMinutes = data.slotMinutes();
            item.changeoverMinutes = data.changeoverMinutes();
            event.programme.add(item);
        }
    }

    private ImportResult store(EventSnapshot snapshot) {
        Event event = new Event();
        apply(event, snapshot.event());
        event.persist();

        List<IssuedToken> tokens = new ArrayList<>();
        Map<String, Buyer> buyers = new HashMap<>();
        for (BuyerData data : snapshot.buyers()) {
            Buyer buyer = new Buyer();
            buyer.event = event;
            buyer.ref = data.ref();
            buyer.apply(data);
            tokens.add(new IssuedToken(buyer.ref, "buyer", accessTokens.issue(buyer)));
            buyer.persist();
            buyers.put(buyer.ref, buyer);
        }
        Map<String, Structure> structures = new HashMap<>();
        for (StructureData data : snapshot.structures()) {
            Structure structure = new Structure();
            structure.event = event;
            structure.ref = data.ref();
            structure.apply(data);
            tokens.add(new IssuedToken(structure.ref, "structure", accessTokens.issue(structure)));
            structure.persist();
            structures.put(structure.ref, structure);
        }
        for (EventSnapshot.RequestData data : snapshot.requests()) {
            MeetingRequest request = new MeetingRequest();
            request.event = event;
            request.fromBuyer = buyers.containsKey(data.from());
            request.buyer = buyers.get(request.fromBuyer ? data.from() : data.to());
            request.structure = structures.get(request.fromBuyer ? data.to() : data.from());
            request.priority = data.priority();
            request.status = data.status();
            request.persist();
        }
        for (EventSnapshot.BookingData data : snapshot.bookings()) {
            Booking booking = new Booking();
            booking.event = event;
            booking.buyer = buyers.get(data.buyer());
            booking.structure = structures.get(data.structure());
            booking.slotDate = data.date();
            booking.slotStart = data.start();
            booking.persist();
        }
        return new ImportResult(event, tokens);
    }

    @Transactional
    public EventFile exportFile(long eventId) {
        return EventFileWriter.write(snapshots.read(eventId));
    }
}
