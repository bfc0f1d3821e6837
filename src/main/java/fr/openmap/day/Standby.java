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
        List<FreedMeeting> freed = checkIns.freedMeetings(eventId);
        if (freed.isEmpty()) {
            return List.of();
        }
        Morning morning = morning(events.require(eventId));
        return freed.stream().map(f -> new Proposal(f, candidates(morning, f))).toList();
    }

    /** What the candidates of any freed meeting are read from, read once for all of them. */
    private record Morning(Event event, Set<String> present, Set<String> absent, Map<String, ScheduledMeeting> meetingsByPair,
                           Map<String, List<MeetingRequest>> requestsByPair) {
    }

    private Morning morning(Event event) {
        List<Arrival> everyone = checkIns.everyone(event.id);
        Map<String, ScheduledMeeting> meetings = new HashMap<>();
        ScheduledMeeting.ofEvent(event).forEach(m -> meetings.put(m.buyer.ref + "/" + m.structure.ref, m));
        return new Morning(event,
                everyone.stream().filter(Arrival::arrived).map(Arrival::ref).collect(Collectors.toSet()),
                everyone.stream().filter(Arrival::absent).map(Arrival::ref).collect(Collectors.toSet()),
                meetings,
                MeetingRequest.<MeetingRequest>list("event", event).stream()
                        .collect(Collectors.groupingBy(r -> r.buyer.ref + "/" + r.structure.ref)));
    }

    /** Who could take the absent one's place in {@code f}, the heaviest request first, at most {@link #CANDIDATES_SHOWN}. */
    private List<Candidate> candidates(Morning morning, FreedMeeting f) {
        if (morning.absent().contains(f.partnerRef())) {
            return List.of(); // both absent: nobody to replace anyone with
        }
        FreedSlot room = edits.without(morning.event(), morning.meetingsByPair().get(f.buyerRef() + "/" + f.structureRef()));
        List<Candidate> candidates = new ArrayList<>();
        morning.requestsByPair().forEach((pair, requests) -> {
            MeetingRequest any = requests.get(0);
            Participant partner = f.absentIsBuyer() ? any.structure : any.buyer;
            Participant other = f.absentIsBuyer() ? any.buyer : any.structure;
            if (!partner.ref.equals(f.partnerRef()) || other.ref.equals(f.absentRef())
                    || !morning.present().contains(other.ref) || morning.meetingsByPair().containsKey(pair)
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
        return List.copyOf(candidates.subList(0, Math.min(CANDIDATES_SHOWN, candidates.size())));
    }

    /**
     * Gives the freed meeting of {@code buyerRef} and {@code structureRef} to {@code replacementRef}, checked again
     * now (the page may be old: refused with the reason, nothing written), and tells the two people who now meet.
     */
    @Transactional
    public Confirmed confirm(long eventId, String buyerRef, String structureRef, String replacementRef) {
        Event event = events.lock(eventId);
        FreedMeeting freed = checkIns.freedMeetings(eventId).stream()
                .filter(f -> f.buyerRef().equals(buyerRef) && f.structureRef().equals(structureRef)).findFirst()
                .orElseThrow(() -> new ConflictException(Text.of(
                        "this meeting is no longer freed by an absence (the absence was undone, the meeting is past or already given to someone else)",
                        "ce rendez-vous n'est plus libéré par une absence (absence annulée, rendez-vous passé ou déjà donné à quelqu'un d'autre)")));
        Candidate candidate = candidates(morning(event), freed).stream().filter(c -> c.ref().equals(replacementRef))
                .findFirst().orElse(null);
        if (candidate == null) {
            throw new ConflictException(Text.of(replacementRef
                            + " cannot take this meeting now: not arrived, no longer free at that time, or without a request to meet "
                            + freed.partnerName(),
                    replacementRef + " ne peut pas prendre ce rendez-vous maintenant\u00a0: pas arrivé(e), plus libre à cette heure, "
                            + "ou sans demande avec " + freed.partnerName()));
        }
        Replacement replacement = edits.replace(eventId, buyerRef, structureRef, replacementRef);
        List<String> told = publisher.sendReplacement(event, published(replacement.freed()),
                published(replacement.added()));
        return new Confirmed(freed, candidate.name(), told);
    }

    private static PublishedMeeting published(Placed m) {
        return new PublishedMeeting(m.buyer(), m.structure(), m.date(), m.start(), m.end(), m.table());
    }
}
