package fr.openmap.registration;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The other side of an event as a participant may browse it: a structure sees the approved buyers, a buyer the
 * approved structures, filtered. The entities come back whole; what is shown of them (never an email or a token)
 * is the page's choice.
 */
@ApplicationScoped
public class Catalogue {

    @Inject
    EventService events;
    @Inject
    Caller caller;

    /** What to look for: words anywhere in the entry, and for structures a legal form family, a département, a sector; null or blank: any. */
    public record Filter(String words, LegalForm.Family family, String department, String sector) {
    }

    /** The approved buyers of the event, by organization, that match {@code filter}'s words. */
    @Transactional
    public List<Buyer> buyers(long eventId, Filter filter) {
        Event event = event(eventId);
        return Buyer.<Buyer>list("event = ?1 and approval = ?2 order by organization, service", event, Approval.APPROVED)
                .stream().filter(b -> matches(filter.words(), Stream.concat(Stream.of(b.organization, b.service, b.needs),
                        b.interests.stream()))).toList();
    }

    /** The approved structures of the event, by name, that match {@code filter}. */
    @Transactional
    public List<Structure> structures(long eventId, Filter filter) {
        Event event = event(eventId);
        return Structure.<Structure>list("event = ?1 and approval = ?2 order by name", event, Approval.APPROVED).stream()
                .filter(s -> filter.family() == null || s.legalForm.family() == filter.family())
                .filter(s -> blank(filter.department()) || filter.department().strip().equalsIgnoreCase(s.department))
                .filter(s -> blank(filter.sector()) || filter.sector().strip().equalsIgnoreCase(strip(s.sector)))
                .filter(s -> matches(filter.words(), Stream.of(s.name, s.sector, s.offer, s.department,
                        s.legalForm.label().english(), s.legalForm.label().french(), s.legalForm.name())))
                .toList();
    }

    /** The départements and sectors the approved structures name, sorted, for the filters' choices. */
    @Transactional
    public Choices structureChoices(long eventId) {
        List<Structure> all = Structure.list("event = ?1 and approval = ?2", event(eventId), Approval.APPROVED);
        return new Choices(all.stream().map(s -> s.department).filter(d -> !blank(d)).distinct().sorted().toList(),
                all.stream().map(s -> strip(s.sector)).filter(d -> !blank(d)).distinct().sorted().toList());
    }

    public record Choices(List<String> departments, List<String> sectors) {
    }

    private Event event(long eventId) {
        Event event = events.require(eventId);
        caller.requireMemberOf(eventId);
        return event;
    }

    /** Every word typed appears in one of the texts, case and accents aside ("insertion" finds "Insertion"). */
    private static boolean matches(String words, Stream<String> texts) {
        if (blank(words)) {
            return true;
        }
        String all = fold(String.join(" ", texts.filter(t -> t != null).toList()));
        return Stream.of(fold(words).split("\\s+")).filter(w -> !w.isEmpty()).allMatch(all::contains);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
