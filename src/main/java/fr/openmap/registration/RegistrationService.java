package fr.openmap.registration;

import fr.openmap.access.Caller;
import fr.openmap.access.ParticipantIdentity;
import fr.openmap.access.ParticipantPrincipal;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Registers buyers and structures of an event, and lets them (or the organizer) change their data. */
@ApplicationScoped
public class RegistrationService {

    @Inject
    EventService events;
    @Inject
    Caller caller;
    @Inject
    AccessTokens accessTokens;

    /** A participant just created, with its personal token shown this once. */
    public record Registered<P extends Participant>(P participant, IssuedToken token) {
    }

    @Transactional
    public List<Buyer> buyers(long eventId) {
        caller.requireOrganizer();
        return Buyer.list("event = ?1 order by id", events.require(eventId));
    }

    @Transactional
    public List<Structure> structures(long eventId) {
        caller.requireOrganizer();
        return Structure.list("event = ?1 order by id", events.require(eventId));
    }

    /** The calling buyer or structure, read in the caller's transaction; empty for the organizer. */
    public Optional<Participant> calling() {
        return caller.principal().map(p -> p.kind() == ParticipantPrincipal.Kind.BUYER
                ? Buyer.<Buyer>findById(p.id()) : Structure.<Structure>findById(p.id()));
    }

    /** The buyer with this ref; the organizer or that buyer only. */
    @Transactional
    public Buyer buyer(long eventId, String ref) {
        caller.requireMemberOf(eventId);
        Buyer buyer = findBuyer(eventId, ref);
        caller.requireSelfOrOrganizer(buyer);
        return buyer;
    }

    @Transactional
    public Structure structure(long eventId, String ref) {
        caller.requireMemberOf(eventId);
        Structure structure = findStructure(eventId, ref);
        caller.requireSelfOrOrganizer(structure);
        return structure;
    }

    /** Registrations of one event run one after the other (event row locked): tables and refs are counted once. */
    @Transactional
    public Registered<Buyer> createBuyer(long eventId, BuyerInput form) {
        caller.requireOrganizer();
        Event event = events.lock(eventId);
        BuyerData data = ParticipantFields.validBuyer(form, event.date);
        long count = Buyer.count("event", event);
        if (count >= event.tables) {
            throw new ConflictException(Text.of("all " + event.tables + " tables already have a buyer: every buyer keeps one table",
                    "les " + event.tables + " tables ont déjà chacune un acheteur : chaque acheteur garde sa table"));
        }
        Buyer buyer = new Buyer();
        buyer.event = event;
        buyer.ref = newRef(event, form.ref(), "B");
        buyer.apply(data);
        checkTableFree(buyer);
        IssuedToken token = new IssuedToken(buyer.ref, "buyer", accessTokens.issue(buyer));
        buyer.persist();
        return new Registered<>(buyer, token);
    }

    @Transactional
    public Registered<Structure> createStructure(long eventId, StructureInput form) {
        caller.requireOrganizer();
        Event event = events.lock(eventId);
        StructureData data = ParticipantFields.validStructure(form, event.date);
        Structure structure = new Structure();
        structure.event = event;
        structure.ref = newRef(event, form.ref(), "S");
        structure.apply(data);
        IssuedToken token = new IssuedToken(structure.ref, "structure", accessTokens.issue(structure));
        structure.persist();
        return new Registered<>(structure, token);
    }

    /** Replaces a buyer's data (not its ref); the buyer may do it too, but not move tables. */
    @Transactional
    public Buyer updateBuyer(long eventId, String ref, BuyerInput form) {
        Buyer buyer = buyer(eventId, ref);
        events.lock(eventId); // a table given at the same time by another change is seen by checkTableFree
        BuyerData data = ParticipantFields.validBuyer(form, buyer.event.date);
        String table = buyer.table;
        buyer.apply(data);
        if (!caller.isOrganizer()) {
            buyer.table = table;
        }
        checkTableFree(buyer);
        return buyer;
    }

    /** Replaces a structure's data (not its ref); only the organizer changes the pitch status. */
    @Transactional
    public Structure updateStructure(long eventId, String ref, StructureInput form) {
        Structure structure = structure(eventId, ref);
        StructureData data = ParticipantFields.validStructure(form, structure.event.date);
        PitchStatus status = structure.pitchStatus;
        Integer rank = structure.pitchRank;
        structure.apply(data);
        if (!caller.isOrganizer()) {
            structure.pitchStatus = status;
            structure.pitchRank = rank;
        }
        return structure;
    }

    /**
     * Removes a buyer; the database removes their requests, bookings and meetings with them
     * ({@code on delete cascade}, migration V11).
     */
    @Transactional
    public void deleteBuyer(long eventId, String ref) {
        caller.requireOrganizer();
        findBuyer(eventId, ref).delete();
    }

    /** Removes a structure; its requests, bookings, meetings and pitch application go with it, as for a buyer. */
    @Transactional
    public void deleteStructure(long eventId, String ref) {
        caller.requireOrganizer();
        findStructure(eventId, ref).delete();
    }

    /** Issues a new personal token (the old one stops working), for a participant who lost theirs. */
    @Transactional
    public IssuedToken renewToken(long eventId, String ref) {
        caller.requireOrganizer();
        Participant participant = findParticipant(eventId, ref);
        return new IssuedToken(participant.ref, participant instanceof Buyer ? "buyer" : "structure", accessTokens.issue(participant));
    }

    public Buyer findBuyer(long eventId, String ref) {
        return Buyer.<Buyer>find("event.id = ?1 and ref = ?2", eventId, ref).firstResultOptional()
                .orElseThrow(() -> ParticipantIdentity.notFound(eventId, ref, ParticipantPrincipal.Kind.BUYER));
    }

    public Structure findStructure(long eventId, String ref) {
        return Structure.<Structure>find("event.id = ?1 and ref = ?2", eventId, ref).firstResultOptional()
                .orElseThrow(() -> ParticipantIdentity.notFound(eventId, ref, ParticipantPrincipal.Kind.STRUCTURE));
    }

    /** The buyer or structure with this ref (refs are unique within an event). */
    public Participant findParticipant(long eventId, String ref) {
        return participant(eventId, ref)
                .orElseThrow(() -> Participant.notFound(eventId, ref));
    }

    /** The buyer or structure with this ref, if there is one. */
    public Optional<Participant> participant(long eventId, String ref) {
        return Buyer.<Buyer>find("event.id = ?1 and ref = ?2", eventId, ref).firstResultOptional()
                .<Participant>map(b -> b)
                .or(() -> Structure.<Structure>find("event.id = ?1 and ref = ?2", eventId, ref).firstResultOptional());
    }

    private String newRef(Event event, String wanted, String prefix) {
        if (wanted != null && !wanted.isBlank()) {
            Problems problems = new Problems();
            String ref = problems.ref("ref", wanted);
            problems.throwIfAny();
            if (refTaken(event, ref)) {
                throw new ConflictException(Text.of("ref '" + ref + "' is already used in this event",
                        "la ref « " + ref + " » est déjà utilisée dans cet événement"));
            }
            return ref;
        }
        for (int n = 1; ; n++) {
            String ref = String.format("%s%02d", prefix, n);
            if (!refTaken(event, ref)) {
                return ref;
            }
        }
    }

    private static boolean refTaken(Event event, String ref) {
        return Buyer.count("event = ?1 and ref = ?2", event, ref) > 0
                || Structure.count("event = ?1 and ref = ?2", event, ref) > 0;
    }

    private static void checkTableFree(Buyer buyer) {
        if (buyer.table != null && Buyer.count("event = ?1 and table = ?2 and ref <> ?3",
                buyer.event, buyer.table, buyer.ref) > 0) {
            throw new ConflictException(Text.of("table '" + buyer.table + "' is already given to another buyer",
                    "la table « " + buyer.table + " » est déjà attribuée à un autre acheteur"));
        }
    }
}
