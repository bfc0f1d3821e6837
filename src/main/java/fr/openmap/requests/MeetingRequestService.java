package fr.openmap.requests;

import fr.openmap.access.Caller;
import fr.openmap.access.ForbiddenException;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.validation.Collisions;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Meeting requests: asked by a buyer or a structure, answered by the other side, or withdrawn. */
@ApplicationScoped
public class MeetingRequestService {

    /** {@link MeetingRequest#answeredBy} when the organizer answered. */
    public static final String ANSWERED_BY_ORGANIZER = "organizer";

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    Caller caller;
    @Inject
    jakarta.enterprise.event.Event<RequestNews> news;

    /** Every request of the event for the organizer; a participant sees the requests they are part of. */
    @Transactional
    public List<MeetingRequest> list(long eventId) {
        Caller.Scope scope = caller.listScope(events.require(eventId));
        return MeetingRequest.list(scope.where() + " order by id", scope.value());
    }

    /** One request of the event, if the caller is part of it (the organizer is); 404 otherwise. */
    @Transactional
    public MeetingRequest get(long eventId, long requestId) {
        return find(eventId, requestId);
    }

    /** A new PENDING request without a message; see {@link #create(long, String, String, Integer, String)}. */
    @Transactional
    public MeetingRequest create(long eventId, String from, String to, Integer priority) {
        return create(eventId, from, to, priority, null);
    }

    /**
     * A new PENDING request, with an optional {@code message} to the one asked; a participant may only ask in
     * their own name, before requests are frozen, and while they have fewer requests awaiting an answer than the
     * event's limit ({@link Event#pendingRequestLimit}). The event row is locked, so two requests sent at once
     * are counted one after the other.
     */
    @Transactional
    public MeetingRequest create(long eventId, String from, String to, Integer priority, String message) {
        events.require(eventId);
        caller.requireMemberOf(eventId);
        Problems problems = new Problems();
        problems.ref("from", from);
        problems.ref("to", to);
        problems.between("priority", priority, Limits.PRIORITY_MIN, Limits.PRIORITY_MAX);
        String words = problems.optionalMultilineText("message", message, Limits.REQUEST_MESSAGE);
        problems.throwIfAny();
        // Decided on the ref alone, before any lookup, so that the answer says nothing about others.
        if (!caller.isOrganizer() && !caller.principal().map(me -> me.ref().equals(from)).orElse(false)) {
            throw new ForbiddenException(Text.of("you may only ask for meetings in your own name",
                    "vous ne pouvez demander des rendez-vous qu'en votre nom"));
        }
        Event event = events.lock(eventId);
        Participant asker = registrations.findParticipant(eventId, from);
        Participant asked = registrations.findParticipant(eventId, to);
        if (asker instanceof Buyer == asked instanceof Buyer) {
            throw InvalidInputException.of("to", MeetingRequest.notBetweenBuyerAndStructure(asker instanceof Buyer));
        }
        RequestTransitions.Role role = caller.isOrganizer() ? RequestTransitions.Role.ORGANIZER : RequestTransitions.Role.ASKER;
        RequestTransitions.ask(role, RequestTransitions.Freeze.now(event.answersFrozenAt, event));
        if (role != RequestTransitions.Role.ORGANIZER) {
            requireUnderPendingLimit(event, asker);
        }
        MeetingRequest request = new MeetingRequest();
        request.event = event;
        request.fromBuyer = asker instanceof Buyer;
        request.buyer = (Buyer) (request.fromBuyer ? asker : asked);
        request.structure = (Structure) (request.fromBuyer ? asked : asker);
        if (MeetingRequest.count("buyer = ?1 and structure = ?2 and fromBuyer = ?3",
                request.buyer, request.structure, request.fromBuyer) > 0) {
            throw new ConflictException(alreadyAsked(from, to));
        }
        request.priority = priority;
        request.message = words;
        Collisions.insert(request, alreadyAsked(from, to));
        news.fire(new RequestNews(request, RequestNews.What.ASKED));
        return request;
    }

    /** How many requests {@code asker} made that await an answer. */
    public static long pendingAskedBy(Participant asker) {
        boolean buyer = asker instanceof Buyer;
        return MeetingRequest.count((buyer ? "buyer" : "structure") + " = ?1 and fromBuyer = ?2 and status = ?3",
                asker, buyer, RequestStatus.PENDING);
    }

    private static void requireUnderPendingLimit(Event event, Participant asker) {
        int limit = event.pendingRequestLimit();
        if (pendingAskedBy(asker) >= limit) {
            throw new ConflictException(Text.of("you already have " + limit + " requests awaiting an answer, the most this"
                    + " event allows: withdraw one or wait for answers before asking again",
                    "vous avez déjà " + limit + " demandes en attente de réponse, le maximum pour cet événement : retirez-en"
                    + " une ou attendez des réponses avant d'en envoyer une autre"));
        }
    }

    /** The one asked accepts (or the organizer on their behalf). */
    @Transactional
    public MeetingRequest accept(long eventId, long requestId) {
        return answer(eventId, requestId, RequestStatus.ACCEPTED, null, null);
    }

    @Transactional
    public MeetingRequest decline(long eventId, long requestId) {
        return answer(eventId, requestId, RequestStatus.DECLINED, null, null);
    }

    /**
     * Answers {@code status} for a request the caller saw standing at {@code seen} (the console's confirmation
     * says what the answer changes from there): if it was answered, or answered otherwise, in between, nothing
     * is written and the refusal says how it stands now. {@code seen} null: as {@link #accept}/{@link #decline}.
     */
    @Transactional
    public MeetingRequest answer(long eventId, long requestId, RequestStatus status, RequestStatus seen) {
        return answer(eventId, requestId, status, seen, null);
    }

    /** As {@link #answer(long, long, RequestStatus, RequestStatus)}, with an optional {@code message} to the one who asked. */
    @Transactional
    public MeetingRequest answer(long eventId, long requestId, RequestStatus status, RequestStatus seen, String message) {
        Problems problems = new Problems();
        String words = problems.optionalMultilineText("message", message, Limits.REQUEST_MESSAGE);
        if (status == null || status == RequestStatus.PENDING) {
            problems.add("answer", Text.of("an answer is ACCEPTED or DECLINED",
                    "une réponse est « acceptée » ou « déclinée »"));
        }
        problems.throwIfAny();
        MeetingRequest request = lockedFind(eventId, requestId);
        if (seen != null && request.status != seen) {
            throw changedMeanwhile(request);
        }
        return answer(request, status, words);
    }

    /** The one who asked takes the request back (or the organizer removes it); see {@link RequestTransitions}. */
    @Transactional
    public void withdraw(long eventId, long requestId) {
        MeetingRequest request = lockedFind(eventId, requestId);
        RequestTransitions.withdraw(request.status, role(request), freeze(request));
        request.delete();
    }

    /**
     * Records the answer, with who gave it and when, if {@link RequestTransitions} allows it; the same
     * answer again changes nothing. The event row is locked first, so two answers (or an answer and a
     * withdrawal, or a new freeze) to the same request are decided one after the other on fresh data.
     */
    private MeetingRequest answer(MeetingRequest request, RequestStatus status, String message) {
        RequestTransitions.Role role = role(request);
        if (RequestTransitions.answer(request.status, status, role, freeze(request)) == RequestTransitions.Outcome.APPLY) {
            request.answerMessage = message;
            request.status = status;
            request.answeredBy = role == RequestTransitions.Role.ORGANIZER ? ANSWERED_BY_ORGANIZER
                    : (request.fromBuyer ? request.structure : request.buyer).ref;
            request.answeredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            news.fire(new RequestNews(request, RequestNews.What.ANSWERED));
        }
        return request;
    }

    /** Sets (or with null lifts) the moment from which participants' answers are frozen: the organizer only. */
    @Transactional
    public Event freezeAnswers(long eventId, String at) {
        caller.requireOrganizer();
        Event event = events.lock(eventId);
        Problems problems = new Problems();
        Instant moment = problems.moment("at", at, ZoneId.of(event.timezone));
        problems.throwIfAny();
        event.answersFrozenAt = moment;
        return event;
    }

    /**
     * The answers freeze of the request's event (locked by {@link #lockedFind}), read from the row rather than
     * from the entity, which may have been loaded before the lock: a freeze set meanwhile counts.
     */
    private static RequestTransitions.Freeze freeze(MeetingRequest request) {
        Instant at = Event.getEntityManager()
                .createQuery("select e.answersFrozenAt from Event e where e.id = ?1", Instant.class)
                .setParameter(1, request.event.id).getSingleResult();
        return RequestTransitions.Freeze.now(at, request.event);
    }

    private RequestTransitions.Role role(MeetingRequest request) {
        if (caller.isOrganizer()) {
            return RequestTransitions.Role.ORGANIZER;
        }
        return caller.is(request.fromBuyer ? request.buyer : request.structure)
                ? RequestTransitions.Role.ASKER : RequestTransitions.Role.ASKED;
    }

    /** Like {@link #find}, with the event row locked before the request is read. */
    private MeetingRequest lockedFind(long eventId, long requestId) {
        caller.requireMemberOf(eventId);
        events.lock(eventId);
        return find(eventId, requestId);
    }

    private static Text alreadyAsked(String from, String to) {
        return Text.of("'" + from + "' has already asked '" + to + "' for a meeting",
                "« " + from + " » a déjà demandé un rendez-vous à « " + to + " »");
    }

    private static ConflictException changedMeanwhile(MeetingRequest request) {
        boolean organizer = ANSWERED_BY_ORGANIZER.equals(request.answeredBy);
        String english = request.answeredBy == null ? "" : " (answer of " + (organizer ? "the organizer" : request.answeredBy) + ")";
        String french = request.answeredBy == null ? "" : " (réponse de " + (organizer ? "l'organisateur" : request.answeredBy) + ")";
        return new ConflictException(Text.of("request " + request.id + " changed in the meantime: it is now "
                + request.status.words.english() + english + ": look at it again before answering",
                "la demande n° " + request.id + " a changé entre-temps : elle est maintenant "
                + request.status.words.french() + french + " : relisez-la avant de répondre"));
    }

    private static NotFoundException noRequest(long eventId, long requestId) {
        return new NotFoundException(Text.of("no request " + requestId + " in event " + eventId,
                "aucune demande " + requestId + " dans l'événement " + eventId));
    }

    /** The request, if the caller is part of it; others get 404 so nothing leaks about it. */
    private MeetingRequest find(long eventId, long requestId) {
        caller.requireMemberOf(eventId);
        MeetingRequest request = MeetingRequest.<MeetingRequest>find("id = ?1 and event.id = ?2", requestId, eventId)
                .firstResultOptional()
                .orElseThrow(() -> noRequest(eventId, requestId));
        if (!caller.isOrganizer() && !caller.is(request.buyer) && !caller.is(request.structure)) {
            throw noRequest(eventId, requestId);
        }
        return request;
    }
}
