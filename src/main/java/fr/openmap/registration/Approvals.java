package fr.openmap.registration;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** The registrations waiting for the organizer's approval (the decision itself: {@code signup.Signups}). */
@ApplicationScoped
public class Approvals {

    @Inject
    EventService events;
    @Inject
    Caller caller;

    /** Buyers then structures waiting, each in ref order: the organizer only. */
    @Transactional
    public List<Participant> pending(long eventId) {
        caller.requireOrganizer();
        Event event = events.require(eventId);
        List<Participant> waiting = new ArrayList<>(Buyer.<Buyer>list("event = ?1 and approval = ?2 order by ref", event,
                Approval.PENDING));
        waiting.addAll(Structure.<Structure>list("event = ?1 and approval = ?2 order by ref", event, Approval.PENDING));
        return waiting;
    }

    /** How many registrations wait: the organizer only. */
    @Transactional
    public long pendingCount(long eventId) {
        caller.requireOrganizer();
        Event event = events.require(eventId);
        return Buyer.count("event = ?1 and approval = ?2", event, Approval.PENDING)
                + Structure.count("event = ?1 and approval = ?2", event, Approval.PENDING);
    }
}
