package fr.openmap.registration;

import fr.openmap.access.Caller;
import fr.openmap.access.ParticipantIdentity;
import fr.openmap.access.ParticipantPrincipal;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Registers buyers and structures of an event, and lets them (or the organizer) change their data. */
@ApplicationScoped
public class RegistrationService {

    @Inject
    PitchStatusGuard pitchStatusGuard;
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
        requireFreeTable(event);
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

    /**
     * Someone registering themselves on the event's public page, no sign-in: while registration is open
     * ({@link fr.openmap.event.RegistrationSettings}), within capacity (a table per buyer), with only the
     * fields a participant may set. Someone already registered with that email (or that SIRET) gets back
     * the participant they are, nothing new, so that the page cannot tell who is registered. With approval,
     * the newcomer waits for the organizer ({@link Approval#PENDING}).
     */
    @Transactional
    public SelfRegistered registerBuyer(String slug, BuyerInput form) {
        Event event = openForRegistration(slug);
        BuyerInput own = form == null ? null : new BuyerInput(null, form.organization(), form.service(),
                form.contactName(), form.email(), form.interests(), form.unavailable(), form.maxMeetings(), null,
                form.language(), form.needs(), null, null);
        BuyerData data = ParticipantFields.validBuyer(own, event.date);
        requireFreeTable(event);
        Buyer buyer = new Buyer();
        buyer.apply(data);
        return knownOrNew(event, registeredAs(event, data.email(), null), buyer, "B", "buyer");
    }

    /** A structure registering itself; see {@link #registerBuyer}. Within {@code maxStructures}, when set. */
    @Transactional
    public SelfRegistered registerStructure(String slug, StructureInput form) {
        Event event = openForRegistration(slug);
        StructureInput own = form == null ? null : new StructureInput(null, form.name(), form.legalForm(), form.siret(),
                form.department(), form.sector(), form.contactName(), form.email(), form.representatives(),
                form.unavailable(), form.maxMeetings(), null, form.language(), form.offer(), null, null);
        StructureData data = ParticipantFields.validStructure(own, event.date);
        requireStructurePlace(event);
        Structure structure = new Structure();
        structure.apply(data);
        return knownOrNew(event, registeredAs(event, data.email(), data.siret()), structure, "S", "structure");
    }

    /** The participant already registered, if any; else the newcomer stored with a ref, its token and its approval. */
    private SelfRegistered knownOrNew(Event event, Optional<Participant> known, Participant newcomer, String refPrefix,
                                      String kind) {
        if (known.isPresent()) {
            return new SelfRegistered(known.get(), null);
        }
        newcomer.event = event;
        newcomer.ref = newRef(event, null, refPrefix);
        newcomer.approval = event.registrationApproval ? Approval.PENDING : Approval.APPROVED;
        IssuedToken token = new IssuedToken(newcomer.ref, kind, accessTokens.issue(newcomer));
        newcomer.persist();
        return new SelfRegistered(newcomer, token);
    }

    /** What a self-registration came to: a new participant with its token, or the one already registered (no token). */
    public record SelfRegistered(Participant participant, IssuedToken token) {
        public boolean isNew() {
            return token != null;
        }
    }

    /** The participants of the event (found by its slug) registered with this email address, any kind; none if no such event. */
    @Transactional
    public List<Participant> registeredWith(String slug, String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        Optional<Event> event = Event.findBySlug(slug);
        if (event.isEmpty()) {
            return List.of();
        }
        List<Participant> found = new java.util.ArrayList<>();
        found.addAll(Buyer.<Buyer>list("event = ?1 and lower(email) = ?2 order by id", event.get(), lower(email)));
        found.addAll(Structure.<Structure>list("event = ?1 and lower(email) = ?2 order by id", event.get(), lower(email)));
        return found;
    }

    /** The organizer lets a registration in: from now on it is planned. Approving an approved one changes nothing. */
    @Transactional
    public Participant approve(long eventId, String ref) {
        caller.requireOrganizer();
        Participant participant = findParticipant(eventId, ref);
        participant.approval = Approval.APPROVED;
        participant.refusalReason = null;
        return participant;
    }

    /** The organizer refuses a registration, saying why (told to the participant); it is not planned. */
    @Transactional
    public Participant refuse(long eventId, String ref, String reason) {
        caller.requireOrganizer();
        Problems problems = new Problems();
        String why = problems.requiredText("reason", reason, Limits.REASON);
        problems.throwIfAny();
        Participant participant = findParticipant(eventId, ref);
        participant.approval = Approval.REFUSED;
        participant.refusalReason = why;
        return participant;
    }

    /**
     * Whether one may register now as a buyer (or a structure) for the event of this slug: nothing when one may,
     * else the refusal a registration would get (not open yet, closed, full). For the forms, before they are typed.
     */
    @Transactional
    public void requireOpen(String slug, boolean buyer) {
        Event event = Event.findBySlug(slug).orElseThrow(() -> noEventCalled(slug));
        requireOpen(event);
        if (buyer) {
            requireFreeTable(event);
        } else {
            requireStructurePlace(event);
        }
    }

    /** The event of this slug, locked, if people may register now; else the sentence saying since or until when. */
    private Event openForRegistration(String slug) {
        Event found = Event.findBySlug(slug).orElseThrow(() -> noEventCalled(slug));
        Event event = events.lock(found.id);
        requireOpen(event);
        return event;
    }

    private static void requireOpen(Event event) {
        Instant now = Instant.now();
        ZoneId zone = ZoneId.of(event.timezone);
        switch (event.registrationPhase(now)) {
            case NOT_YET_OPEN -> throw new ConflictException(Text.of(
                    "registration is not open yet: it opens on " + moment(event.registrationOpensAt, zone, Language.EN),
                    "les inscriptions ne sont pas encore ouvertes : elles ouvrent le "
                            + moment(event.registrationOpensAt, zone, Language.FR)));
            case CLOSED -> {
                Instant closed = event.registration().closing(event.date, zone);
                throw new ConflictException(Text.of("registration is closed: it closed on " + moment(closed, zone, Language.EN),
                        "les inscriptions sont closes depuis le " + moment(closed, zone, Language.FR)));
            }
            case OPEN -> {
            }
        }
    }

    /** The answer for a public page's slug that no event has. */
    public static NotFoundException noEventCalled(String slug) {
        return new NotFoundException(Text.of("no event '" + slug + "'", "aucun événement « " + slug + " »"));
    }

    /** "jeudi 17 mai 2018 à 18 h 00", "Thursday 17 May 2018 at 18:00". */
    public static String moment(Instant instant, ZoneId zone, Language language) {
        var local = instant.atZone(zone);
        return DateTimeFormats.fullDate(local.toLocalDate(), language) + (language.english() ? " at " : " à ")
                + DateTimeFormats.shortTime(local.toLocalTime(), language);
    }

    /** A participant of the event with this email (any kind) or, for a structure, this SIRET. */
    private static Optional<Participant> registeredAs(Event event, String email, String siret) {
        Optional<Participant> byEmail = Buyer.<Buyer>find("event = ?1 and lower(email) = ?2", event, lower(email))
                .firstResultOptional().<Participant>map(b -> b)
                .or(() -> Structure.<Structure>find("event = ?1 and lower(email) = ?2", event, lower(email)).firstResultOptional());
        if (byEmail.isPresent() || siret == null) {
            return byEmail;
        }
        return Structure.<Structure>find("event = ?1 and siret = ?2", event, siret).firstResultOptional().map(s -> s);
    }

    private static String lower(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Every buyer keeps one table: whether every table is given to a buyer let in or waiting (a refused one has none). */
    public static boolean buyersFull(Event event) {
        return Buyer.count("event = ?1 and approval <> ?2", event, Approval.REFUSED) >= event.tables;
    }

    /** Whether the structures let in or waiting already take the places the event's registration settings give. */
    public static boolean structuresFull(Event event) {
        Integer max = event.registrationMaxStructures;
        return max != null && Structure.count("event = ?1 and approval <> ?2", event, Approval.REFUSED) >= max;
    }

    private static void requireStructurePlace(Event event) {
        if (structuresFull(event)) {
            Integer max = event.registrationMaxStructures;
            throw new ConflictException(Text.of("registration is full: every place for structures (" + max + ") is taken",
                    "les inscriptions sont complètes : toutes les places des structures (" + max + ") sont prises"));
        }
    }

    private static void requireFreeTable(Event event) {
        if (buyersFull(event)) {
            throw new ConflictException(Text.of("all " + event.tables + " tables already have a buyer: every buyer keeps one table",
                    "les " + event.tables + " tables ont déjà chacune un acheteur : chaque acheteur garde sa table"));
        }
    }

    /** Replaces a buyer's data (not its ref); the buyer may do it too, but not move tables. */
    @Transactional
    public Buyer updateBuyer(long eventId, String ref, BuyerInput form) {
        Buyer buyer = buyer(eventId, ref);
        events.lock(eventId); // a table given at the same time by another change is seen by checkTableFree
        BuyerData data = ParticipantFields.validBuyer(form, buyer.event.date);
        String table = buyer.table;
        Approval approval = buyer.approval;
        String reason = buyer.refusalReason;
        buyer.apply(data);
        if (!caller.isOrganizer()) {
            buyer.table = table;
            buyer.approval = approval;
            buyer.refusalReason = reason;
        }
        checkTableFree(buyer);
        return buyer;
    }

    /**
     * Replaces a structure's data (not its ref); only the organizer changes the pitch status, and after the selection
     * only through the pitch pages ({@link PitchStatusGuard}).
     */
    @Transactional
    public Structure updateStructure(long eventId, String ref, StructureInput form) {
        Structure structure = structure(eventId, ref);
        StructureData data = ParticipantFields.validStructure(form, structure.event.date);
        if (caller.isOrganizer()) {
            pitchStatusGuard.checkChange(structure, data.pitch() == null ? null : data.pitch().status(),
                    data.pitch() == null ? null : data.pitch().rank());
        }
        PitchStatus status = structure.pitchStatus;
        Integer rank = structure.pitchRank;
        Approval approval = structure.approval;
        String reason = structure.refusalReason;
        structure.apply(data);
        if (!caller.isOrganizer()) {
            structure.pitchStatus = status;
            structure.pitchRank = rank;
            structure.approval = approval;
            structure.refusalReason = reason;
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
