package fr.openmap.agenda;

import fr.openmap.event.Event;
import fr.openmap.registration.Approval;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.Structure;
import fr.openmap.timetable.ScheduledMeeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An event's participants and current meetings, read once, as the agendas publish them. */
record CurrentTimetable(List<Participant> participants, Map<String, Participant> byRef,
                        Map<String, List<PublishedMeeting>> meetings) {

    /** Everyone and every meeting: what a send needs. */
    static CurrentTimetable of(Event event) {
        List<Participant> participants = new ArrayList<>();
        // only those the organizer let in get an agenda (a registration waiting for approval is not planned)
        participants.addAll(Buyer.<Buyer>list("event = ?1 and approval = ?2 order by ref", event, Approval.APPROVED));
        participants.addAll(Structure.<Structure>list("event = ?1 and approval = ?2 order by ref", event, Approval.APPROVED));
        Map<String, Participant> byRef = new HashMap<>();
        participants.forEach(p -> byRef.put(p.ref, p));
        Map<String, List<PublishedMeeting>> meetings = new HashMap<>();
        for (ScheduledMeeting s : ScheduledMeeting.ofEvent(event)) {
            PublishedMeeting m = published(s);
            meetings.computeIfAbsent(m.buyer(), k -> new ArrayList<>()).add(m);
            meetings.computeIfAbsent(m.structure(), k -> new ArrayList<>()).add(m);
        }
        meetings.values().forEach(list -> list.sort(PublishedMeeting.ORDER));
        return new CurrentTimetable(List.copyOf(participants), byRef, meetings);
    }

    /**
     * Only what one participant's agenda needs: them, their meetings and the people they meet. A personal
     * page reads this, so that its cost does not grow with the size of the event.
     */
    static CurrentTimetable ofOne(Event event, String ref) {
        List<ScheduledMeeting> scheduled = ScheduledMeeting.list(
                "event = ?1 and (buyer.ref = ?2 or structure.ref = ?2)", event, ref);
        Map<String, Participant> byRef = new HashMap<>();
        Buyer.<Buyer>find("event = ?1 and ref = ?2", event, ref).firstResultOptional().ifPresent(b -> byRef.put(ref, b));
        Structure.<Structure>find("event = ?1 and ref = ?2", event, ref).firstResultOptional().ifPresent(s -> byRef.put(ref, s));
        List<PublishedMeeting> mine = new ArrayList<>();
        for (ScheduledMeeting s : scheduled) {
            byRef.putIfAbsent(s.buyer.ref, s.buyer);
            byRef.putIfAbsent(s.structure.ref, s.structure);
            mine.add(published(s));
        }
        mine.sort(PublishedMeeting.ORDER);
        return new CurrentTimetable(List.copyOf(byRef.values()), byRef, Map.of(ref, mine));
    }

    /**
     * One participant's agenda as it was last sent ({@code sent}), with the people it meets as they are registered
     * now: what their personal page shows, rather than a re-plan nobody was told of yet.
     */
    static CurrentTimetable asSent(Event event, String ref, List<PublishedMeeting> sent) {
        Set<String> refs = new HashSet<>();
        refs.add(ref);
        sent.forEach(m -> {
            refs.add(m.buyer());
            refs.add(m.structure());
        });
        Map<String, Participant> byRef = new HashMap<>();
        Buyer.<Buyer>list("event = ?1 and ref in ?2", event, refs).forEach(b -> byRef.put(b.ref, b));
        Structure.<Structure>list("event = ?1 and ref in ?2", event, refs).forEach(s -> byRef.put(s.ref, s));
        List<PublishedMeeting> mine = new ArrayList<>(sent);
        mine.sort(PublishedMeeting.ORDER);
        return new CurrentTimetable(List.copyOf(byRef.values()), byRef, Map.of(ref, List.copyOf(mine)));
    }

    /** The participant {@code ref}; a ref not in the event is not found. */
    Participant participant(String ref, long eventId) {
        Participant participant = byRef.get(ref);
        if (participant == null) {
            throw Participant.notFound(eventId, ref);
        }
        return participant;
    }

    List<PublishedMeeting> meetingsOf(String ref) {
        return List.copyOf(meetings.getOrDefault(ref, List.of()));
    }

    private static PublishedMeeting published(ScheduledMeeting s) {
        return new PublishedMeeting(s.buyer.ref, s.structure.ref, s.date, s.start, s.end, s.table);
    }
}
