package fr.openmap.agenda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.event.Event;
import fr.openmap.registration.Buyer;
import fr.openmap.timetable.PublishedMeetings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The bookkeeping of what each participant was last sent as their agenda ({@link AgendaPublication}). */
@ApplicationScoped
public class AgendaPublications implements PublishedMeetings {

    private static final TypeReference<List<PublishedMeeting>> MEETINGS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    /** What was last sent to each participant of the event, by ref. */
    Map<String, AgendaPublication> byParticipant(Event event) {
        return AgendaPublication.<AgendaPublication>list("event", event).stream()
                .collect(Collectors.toMap(p -> p.participantRef, Function.identity()));
    }

    Optional<AgendaPublication> lastSent(Event event, String ref) {
        return AgendaPublication.find("event = ?1 and participantRef = ?2", event, ref).firstResultOptional();
    }

    /** The meetings of that agenda; null when none was sent. */
    List<PublishedMeeting> meetings(AgendaPublication publication) {
        if (publication == null) {
            return null;
        }
        try {
            return json.readValue(publication.meetings, MEETINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable published agenda: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The meetings of every agenda last sent, each pair once: as its buyer was told, or as its structure was
     * when the buyer's agenda does not have it (one of them may not have been sent the latest change yet).
     */
    @Override
    @Transactional
    public List<Sent> of(Event event) {
        return everyMeeting(event).stream().map(m -> new Sent(m.buyer(), m.structure(), m.date(), m.start())).toList();
    }

    /** The meetings of every agenda last sent, each pair once, as {@link #of(Event)} chooses them. */
    public List<PublishedMeeting> everyMeeting(Event event) {
        Map<String, PublishedMeeting> byPair = new LinkedHashMap<>();
        List<AgendaPublication> all = AgendaPublication.list("event", event);
        Set<String> buyerRefs = Buyer.<Buyer>list("event", event).stream().map(b -> b.ref).collect(Collectors.toSet());
        // buyers' agendas first: their version of a pair wins
        all.stream().sorted(Comparator.comparing((AgendaPublication p) -> !buyerRefs.contains(p.participantRef)))
                .forEach(publication -> meetings(publication).forEach(m -> byPair.putIfAbsent(m.pairKey(), m)));
        return List.copyOf(byPair.values());
    }

    /** Records that {@code ref} was sent these meetings (replacing {@code previous}, null the first time). */
    void record(Event event, AgendaPublication previous, String ref, int version, List<PublishedMeeting> meetings,
                Instant at, Long messageId) {
        AgendaPublication publication = previous == null ? new AgendaPublication() : previous;
        publication.event = event;
        publication.participantRef = ref;
        publication.version = version;
        publication.meetings = write(meetings);
        publication.publishedAt = at;
        publication.messageId = messageId;
        if (previous == null) {
            publication.persist();
        }
    }

    private String write(List<PublishedMeeting> meetings) {
        try {
            return json.writeValueAsString(meetings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
