package fr.openmap.requests;

import fr.openmap.access.Caller;
import fr.openmap.access.ForbiddenException;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Meeting requests: asked by a buyer or a structure, answered by the other side, or withdrawn. */
@ApplicationScoped
public class MeetingRequestService {

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    Caller caller;

    /** Every request of the event for the organizer; a participant sees the requests they are part of. */
    @Transactional
    public List<MeetingRequest> list(long eventId) {
        Caller.Scope scope = caller.listScope(events.require(eventId));
        return MeetingRequest.list(scope.where() + " order by id", scope.value());
    }

    /** A new PENDING request; a participant may only ask in their own name. */
    @Transactional
    public MeetingRequest create(long eventId, String from, String to, Integer priority) {
        Event event = events.require(eventId);
        caller.requireMemberOf(eventId);
        Problems problems = new Problems();
        problems.ref("from", from);
        problems.ref("to", to);
        problems.between("priority", priority, Limits.PRIORITY_MIN, Limits.PRIORITY_MAX);
        problems.throwIfAny();
        Participant asker = registrations.findParticipant(eventId, from);
        Participant asked = registrations.findParticipant(eventId, to);
        if (!caller.isOrganizer() && !caller.is(asker)) {
            throw new ForbiddenException("you may only ask for meetings in your own name");
        }
        if (asker instanceof Buyer == asked instanceof Buyer) {
            throw InvalidInputException.of("to", "a request must be between a buyer and a structure, not between two "
                    + (asker instanceof Buyer ? "buyers" : "structures"));
        }
        MeetingRequest request = new MeetingRequest();
        request.event = event;
        request.fromBuyer = asker instanceof Buyer;
        request.buyer = (Buyer) (request.fromBuyer ? asker : asked);
        request.structure = (Structure) (request.fromBuyer ? asked : asker);
        if (MeetingRequest.count("buyer = ?1 and structure = ?2 and fromBuyer = ?3",
                request.buyer, request.structure, request.fromBuyer) > 0) {
            throw new ConflictException("'" + from + "' has already asked '" + to + "' for a meeting");
        }
        request.priority = priority;
        request.persist();
        return request;
    }

    /** The one asked accepts (or the organizer on their behalf). */
    @Transactional
    public MeetingRequest accept(long eventId, long requestId) {
        return answer(eventId, requestId, RequestStatus.ACCEPTED);
    }

    @Transactional
    public MeetingRequest decline(long eventId, long requestId) {
        return answer(eventId, requestId, RequestStatus.DECLINED);
    }

    /** The one who asked takes the request back (or the organizer removes it). */
    @Transactional
    public void withdraw(long eventId, long requestId) {
        MeetingRequest request = find(eventId, requestId);
        Participant asker = request.fromBuyer ? request.buyer : request.structure;
        if (!caller.isOrganizer() && !caller.is(asker)) {
            throw new ForbiddenException("only the one who asked may withdraw a request");
        }
        request.delete();
    }

    private MeetingRequest answer(long eventId, long requestId, RequestStatus status) {
        MeetingRequest request = find(eventId, requestId);
        Participant asked = request.fromBuyer ? request.structure : request.buyer;
        if (!caller.isOrganizer() && !caller.is(asked)) {
            throw new ForbiddenException("only the one who was asked may answer a request");
        }
        request.status = status;
        return request;
    }

    /** The request, if the caller is part of it; others get 404 so nothing leaks about it. */
    private MeetingRequest find(long eventId, long requestId) {
        caller.requireMemberOf(eventId);
        MeetingRequest request = MeetingRequest.<MeetingRequest>find("id = ?1 and event.id = ?2", requestId, eventId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("no request " + requestId + " in event " + eventId));
        if (!caller.isOrganizer() && !caller.is(request.buyer) && !caller.is(request.structure)) {
            throw new NotFoundException("no request " + requestId + " in event " + eventId);
        }
        return request;
    }
}
