package fr.openmap.agenda;

import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.registration.Approval;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.Structure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agendas as they were last sent to the participants (not the current timetable, which may have changed
 * since): what printed documents show, so that paper and emails say the same.
 */
@ApplicationScoped
public class PublishedAgendas {

    /** Names sorted as a French reader expects: accents and capitals do not change the order. */
    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    @Inject
    EventService events;
    @Inject
    AgendaPublications publications;

    /** One participant with the agenda they were sent, its words in their language. */
    public record Sheet(Participant participant, ParticipantAgenda agenda) {
        public boolean buyer() {
            return participant instanceof Buyer;
        }
    }

    /**
     * Every agenda sent, sorted by participant name; {@code everyone} the participants of the event who may take
     * part (approved), by ref, sent an agenda or not.
     */
    public record Published(Event event, List<Sheet> sheets, Map<String, Participant> everyone) {
        public boolean isEmpty() {
            return sheets.isEmpty();
        }
    }

    /**
     * How many meetings each participant was sent, by ref (those never sent an agenda are absent): what the welcome
     * desk counts, without writing out every agenda as {@link #of} does.
     */
    @Transactional
    public Map<String, Integer> meetingCounts(long eventId) {
        Map<String, Integer> counts = new HashMap<>();
        publications.byParticipant(events.require(eventId))
                .forEach((ref, publication) -> counts.put(ref, publications.meetings(publication).size()));
        return counts;
    }

    @Transactional
    public Published of(long eventId) {
        Event event = events.require(eventId);
        List<Participant> approved = new ArrayList<>();
        approved.addAll(Buyer.<Buyer>list("event = ?1 and approval = ?2 order by ref", event, Approval.APPROVED));
        approved.addAll(Structure.<Structure>list("event = ?1 and approval = ?2 order by ref", event, Approval.APPROVED));
        Map<String, Participant> byRef = new HashMap<>();
        approved.forEach(p -> byRef.put(p.ref, p));
        Map<String, List<PublishedMeeting>> meetings = new HashMap<>();
        List<Participant> sent = new ArrayList<>();
        publications.byParticipant(event).forEach((ref, publication) -> {
            if (byRef.containsKey(ref)) {
                meetings.put(ref, publications.meetings(publication));
                sent.add(byRef.get(ref));
            }
        });
        CurrentTimetable asSent = new CurrentTimetable(List.copyOf(sent), byRef, meetings);
        List<Sheet> sheets = sent.stream()
                .sorted(Comparator.comparing(Participant::displayName, FRENCH).thenComparing(p -> p.ref))
                .map(p -> new Sheet(p, ParticipantAgenda.of(event, asSent, p, Language.of(p.language))))
                .toList();
        return new Published(event, sheets, Map.copyOf(byRef));
    }
}
