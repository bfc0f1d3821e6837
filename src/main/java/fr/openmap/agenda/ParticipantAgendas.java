package fr.openmap.agenda;

import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.RequestStatus;
import fr.openmap.timetable.UnscheduledPair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads one participant's agenda for their personal page: as it stands in the current timetable, or as last sent. */
@ApplicationScoped
public class ParticipantAgendas {

    /** Said of an accepted request that the agenda sent has no meeting for, when the timetable gave no reason. */
    static final Text NOT_IN_AGENDA = Text.of("the agenda sent has no meeting for it (the request may have been accepted"
            + " after the timetable was built)", "l'agenda envoyé ne comporte pas ce rendez-vous (la demande a peut-être"
            + " été acceptée après la construction du planning)");

    @Inject
    EventService events;
    @Inject
    AgendaPublications publications;

    /** The agenda last sent to a participant, when it was sent, and the accepted requests it has no meeting for. */
    public record SentAgenda(ParticipantAgenda agenda, Instant sentAt, List<Unmet> unmet) {
    }

    /** An accepted request without a meeting in the agenda sent: with whom, and why in words. */
    public record Unmet(String counterpart, Text reason) {
    }

    /** The agenda of participant {@code ref}, its words in {@code language} (no personal link: the page is where it leads). */
    @Transactional
    public ParticipantAgenda current(long eventId, String ref, Language language) {
        Event event = events.require(eventId);
        CurrentTimetable timetable = CurrentTimetable.ofOne(event, ref);
        return ParticipantAgenda.of(event, timetable, timetable.participant(ref, eventId), language);
    }

    /** The agenda last published to {@code ref} (what {@link AgendaPublications} says was sent); empty before the first send. */
    @Transactional
    public Optional<SentAgenda> published(long eventId, String ref, Language language) {
        Event event = events.require(eventId);
        return publications.lastSent(event, ref).map(publication -> {
            List<PublishedMeeting> sent = publications.meetings(publication);
            CurrentTimetable timetable = CurrentTimetable.asSent(event, ref, sent);
            Participant me = timetable.participant(ref, eventId);
            return new SentAgenda(ParticipantAgenda.of(event, timetable, me, language), publication.publishedAt,
                    unmet(event, me, sent));
        });
    }

    /** The calendar file of the agenda last sent to {@code ref}, as the agenda email attached it; empty before the first send. */
    @Transactional
    public Optional<String> publishedCalendar(long eventId, String ref, Language language) {
        Event event = events.require(eventId);
        return publications.lastSent(event, ref).map(publication -> {
            CurrentTimetable timetable = CurrentTimetable.asSent(event, ref, publications.meetings(publication));
            ParticipantAgenda agenda = ParticipantAgenda.of(event, timetable, timetable.participant(ref, eventId), language);
            return AgendaCalendar.build(event, agenda, List.of(), publication.version,
                    language.messages(AgendaMessages.class), publication.publishedAt);
        });
    }

    /** Each accepted request of {@code me} that {@code sent} has no meeting for, with the timetable's reason when it gave one. */
    private static List<Unmet> unmet(Event event, Participant me, List<PublishedMeeting> sent) {
        Set<String> met = sent.stream().map(PublishedMeeting::pairKey).collect(Collectors.toSet());
        Map<String, UnscheduledPair> reasons = UnscheduledPair.<UnscheduledPair>list("event", event).stream()
                .collect(Collectors.toMap(u -> u.buyer + "/" + u.structure, Function.identity(), (a, b) -> a));
        boolean buyer = me instanceof Buyer;
        List<MeetingRequest> accepted = MeetingRequest.list((buyer ? "buyer" : "structure")
                + " = ?1 and status = ?2 order by id", me, RequestStatus.ACCEPTED);
        return accepted.stream()
                .map(r -> r.buyer.ref + "/" + r.structure.ref)
                .distinct()
                .filter(pair -> !met.contains(pair))
                .map(pair -> {
                    MeetingRequest r = accepted.stream().filter(a -> pair.equals(a.buyer.ref + "/" + a.structure.ref))
                            .findFirst().orElseThrow();
                    UnscheduledPair why = reasons.get(pair);
                    return new Unmet((buyer ? r.structure : r.buyer).displayName(),
                            why == null ? NOT_IN_AGENDA : why.reasonText());
                }).toList();
    }
}
