package fr.openmap.day;

import fr.openmap.agenda.AgendaPublisher;
import fr.openmap.agenda.PublishedMeeting;
import fr.openmap.day.CheckIns.Arrival;
import fr.openmap.day.CheckIns.FreedMeeting;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Participant;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.RequestStatus;
import fr.openmap.timetable.ScheduledMeeting;
import fr.openmap.timetable.TimetableEdits;
import fr.openmap.timetable.TimetableEdits.FreedSlot;
import fr.openmap.timetable.TimetableEdits.Placed;
import fr.openmap.timetable.TimetableEdits.Replacement;
import fr.openmap.validation.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Standby replacements on the day: for each meeting an absent participant leaves, who could take their place —
 * someone of the same side, arrived, free at that slot by the solver's rules, with a request to or from the partner
 * that nobody declined and that got no meeting, the heaviest request first — and, once the organizer confirms one,
 * the change made in the timetable and told to exactly the two people who now meet.
 */
@ApplicationScoped
public class Standby {

    /** How many candidates a freed meeting shows at most: the best is proposed, the others are there if it is refused. */
    static final int CANDIDATES_SHOWN = 3;

    @Inject
    EventService events;
    @Inject
    CheckIns checkIns;
    @Inject
    TimetableEdits edits;
    @Inject
    AgendaPublisher publisher;

    /** Someone who could take the absent participant's place: {@code weight} that of their requests with the partner. */
    public record Candidate(String ref, String name, int weight, int bestPriority) {
    }

    /** A freed meeting with its candidates, the best first (none when nobody fits). */
    public record Proposal(FreedMeeting freed, List<Candidate> candidates) {
    }

    /** A confirmed replacement: the meeting given to {@code replacementName} and the two people told of it. */
    public record Confirmed(FreedMeeting freed, String replacementName, List<String> told) {
    }

    /** The proposals for every freed meeting still to come, by time then table. */
    @Transactional
    public List<Proposal> proposals(long eventId) {
        Event event = events.require(eventId);
        List<FreedMeeting> freed = checkIns.freedMeetings(eventId);
        if (freed.isEmpty()) {
            return List.of();
        }
        List<Arrival> everyone = checkIns.everyone(eventId);
        Set<String> present = everyone.stream().filter(Arrival::arrived).map(Arrival::ref).collect(Collectors.toSet());
        Set<String> absent = everyone.stream().filter(Arrival::absent).map(Arrival::ref).collect(Collectors.toSet());
        Map<String, ScheduledMeeting> meetings = new HashMap<>();
        Set<String> meetingPairs = new HashSet<>();
        for (ScheduledMeeting m : ScheduledMeeting.ofEvent(event)) {
            meetings.put(m.buyer.ref + "/" + m.structure.ref, m);
            meetingPairs.add(m.buyer.ref + "/" + m.structure.ref);
        }
        Map<String, List<MeetingRequest>> requestsByPair = MeetingRequest.<MeetingRequest>list("event", event).stream()
                .collect(Collectors.groupingBy(r -> r.buyer.ref + "/" + r.structure.ref));
        List<Proposal> proposals = new ArrayList<>();
        for (FreedMeeting f : freed) {
            ScheduledMeeting meeting = meetings.get(f.buyerRef() + "/" + f.structureRef());
            FreedSlot room = edits.without(event, meeting);
            List<Candidate> candidates = new ArrayList<>();
            // both absent: nobody to replace anyone with
            Map<String, List<MeetingRequest>> requestsToTry = absent.contains(f.partnerRef()) ? Map.of() : requestsByPair;
            requestsToTry.forEach((pair, requests) -> {
                MeetingRequest any = requests.get(0);
                Participant partner = f.absentIsBuyer() ? any.structure : any.buyer;
                Participant other = f.absentIsBuyer() ? any.buyer : any.structure;
                if (!partner.ref.equals(f.partnerRef()) || other.ref.equals(f.absentRef())
                        || !present.contains(other.ref) || meetingPairs.contains(pair)
                        || requests.stream().anyMatch(r -> r.status == RequestStatus.DECLINED)
                        || !room.fits(any.buyer, any.structure)) {
                    return;
                }
                candidates.add(new Candidate(other.ref, other.displayName(),
                        requests.stream().mapToInt(r -> 4 - r.priority).sum(),
                        requests.stream().mapToInt(r -> r.priority).min().orElse(3)));
            });
            candidates.sort(Comparator.comparingInt(Candidate::weight).reversed().thenComparing(Candidate::name)
                    .thenComparing(Candidate::ref));
            proposals.add(new Proposal(f, List.copyOf(candidates.subList(0, Math.min(CANDIDATES_SHOWN, candidates.size())))));
        }
        return proposals;
    }

    /**
     * Gives the freed meeting of {@code buyerRef} and {@code structureRef} to {@code replacementRef}, checked again
     * now (the page may be old: refused with the reason, nothing written), and tells the two people who now meet.
     */
    @Transactional
    public Confirmed confirm(long eventId, String buyerRef, String structureRef, String replacementRef) {
        events.lock(eventId);
        FreedMeeting freed = checkIns.freedMeetings(eventId).stream()
                .filter(f -> f.buyerRef().equals(buyerRef) && f.structureRef().equals(structureRef)).findFirst()
                .orElseThrow(() -> new ConflictException(Text.of(
                        "this meeting is no longer freed by an absence (the absence was undone, the meeting is past or already given to someone else)",
                        "ce rendez-vous n'est plus libéré par une absence (absence annulée, rendez-vous passé ou déjà donné à quelqu'un d'autre)")));
        Candidate candidate = proposals(eventId).stream().filter(p -> p.freed().equals(freed))
                .flatMap(p -> p.candidates().stream()).filter(c -> c.ref().equals(replacementRef)).findFirst()
                .orElse(null);
        if (candidate == null) {
            throw new ConflictException(Text.of(replacementRef
                            + " cannot take this meeting now: not arrived, no longer free at that time, or without a request to meet "
                            + freed.partnerName(),
                    replacementRef + " ne peut pas prendre ce rendez-vous maintenant\u00a0: pas arrivé(e), plus libre à cette heure, "
                            + "ou sans demande avec " + freed.partnerName()));
        }
        Replacement replacement = edits.replace(eventId, buyerRef, structureRef, replacementRef);
        List<String> told = publisher.sendReplacement(events.require(eventId), published(replacement.freed()),
                published(replacement.added()));
        return new Confirmed(freed, candidate.name(), told);
    }

    private static PublishedMeeting published(Placed m) {
        return new PublishedMeeting(m.buyer(), m.structure(), m.date(), m.start(), m.end(), m.table());
    }
}
