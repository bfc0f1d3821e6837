package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.pitch.PitchForms.CallForm;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The call for pitches of an event: its dates, scoring criteria, waiting list and coaching half-day. */
@ApplicationScoped
public class PitchCallService {

    private static final Pattern CRITERION = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0," + (Limits.CRITERION - 1) + "}");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    EventService events;
    @Inject
    Caller caller;

    /** Creates or replaces the call's settings (organizer). Criteria cannot change once reviews exist. */
    @Transactional
    public PitchCall configure(long eventId, CallForm form) {
        caller.requireOrganizer();
        Event event = events.require(eventId);
        ZoneId zone = ZoneId.of(event.timezone);
        Problems problems = new Problems();
        if (form == null) {
            problems.add("body", Text.of("is required: {opensAt, closesAt, criteria?, waitlistSize?, coachingAt?, coachingPlace?}",
                    "est obligatoire : {opensAt, closesAt, criteria?, waitlistSize?, coachingAt?, coachingPlace?}"));
            problems.throwIfAny();
        }
        Instant opensAt = instant(problems, "opensAt", form.opensAt(), zone);
        Instant closesAt = instant(problems, "closesAt", form.closesAt(), zone);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            problems.add("closesAt", Text.of("must come after opensAt", "doit venir après opensAt"));
        }
        List<PitchCriterion> criteria = criteria(problems, form.criteria());
        Integer waitlist = form.waitlistSize() == null ? null
                : problems.between("waitlistSize", form.waitlistSize(), 0, Limits.WAITLIST_MAX);
        LocalDateTime coachingAt = blank(form.coachingAt()) ? null : localDateTime(problems, "coachingAt", form.coachingAt());
        String coachingPlace = problems.optionalText("coachingPlace", form.coachingPlace(), Limits.LONG_TEXT);
        problems.throwIfAny();

        PitchCall call = PitchCall.forEvent(event).orElseGet(() -> {
            PitchCall fresh = new PitchCall();
            fresh.event = event;
            return fresh;
        });
        if (call.isPersistent() && !sameCriteria(call.criteria, criteria)
                && PitchReview.count("application.event", event) > 0) {
            throw new ConflictException(Text.of("the criteria cannot change once reviews exist",
                    "les critères ne peuvent plus changer une fois des évaluations enregistrées"));
        }
        call.opensAt = opensAt;
        call.closesAt = closesAt;
        call.criteria.clear();
        call.criteria.addAll(criteria);
        if (waitlist != null) {
            call.waitlistSize = waitlist;
        }
        call.coachingAt = coachingAt;
        call.coachingPlace = coachingPlace;
        call.updatedAt = Instant.now();
        call.persist();
        return call;
    }

    /** The call's settings: every participant of the event may read them. */
    @Transactional
    public PitchCall get(long eventId) {
        caller.requireMemberOf(eventId);
        return require(events.require(eventId));
    }

    public PitchCall require(Event event) {
        return PitchCall.forEvent(event).orElseThrow(() ->
                new NotFoundException(Text.of("event " + event.id + " has no call for pitches yet: the organizer sets it with PUT /api/events/"
                        + event.id + "/pitch/call", "l'événement " + event.id + " n'a pas encore d'appel à pitchs : "
                        + "l'organisateur le définit avec PUT /api/events/" + event.id + "/pitch/call")));
    }

    /** Applying (and sending a dossier) is only possible while the call is open. */
    public void requireOpen(PitchCall call) {
        Instant now = Instant.now();
        if (!call.isOpenAt(now)) {
            boolean early = now.isBefore(call.opensAt);
            Instant when = early ? call.opensAt : call.closesAt;
            String zone = " (" + call.event.timezone + ")";
            throw new ConflictException(Text.of("the call for pitches is closed: " + (early ? "it opens on " : "it closed on ")
                    + local(when, call.event) + zone, "l'appel à pitchs est clos : il " + (early ? "ouvre le " : "a fermé le ")
                    + localInFrench(when, call.event) + zone));
        }
    }

    /** A moment as the event's local time, {@code YYYY-MM-DDTHH:MM}. */
    public static String local(Instant instant, Event event) {
        return instant == null ? null : LOCAL.format(instant.atZone(ZoneId.of(event.timezone)));
    }

    /** A moment as the event's local time, written the French way: "jeudi 17 mai 2018 à 18 h 00". */
    public static String localInFrench(Instant instant, Event event) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime local = instant.atZone(ZoneId.of(event.timezone));
        return DateTimeFormats.fullDate(local.toLocalDate(), Language.FR) + " à "
                + DateTimeFormats.shortTime(local.toLocalTime(), Language.FR);
    }

    public static String local(LocalDateTime dateTime) {
        return dateTime == null ? null : LOCAL.format(dateTime);
    }

    private static List<PitchCriterion> criteria(Problems problems, Map<String, Double> given) {
        List<PitchCriterion> criteria = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            PitchCall.DEFAULT_CRITERIA.forEach(name -> criteria.add(PitchCriterion.of(name, 1)));
            return criteria;
        }
        if (given.size() > Limits.CRITERIA) {
            problems.add("criteria", Text.of("has " + given.size() + " criteria: " + Limits.CRITERIA + " at most",
                    "compte " + given.size() + " critères : " + Limits.CRITERIA + " au plus"));
            return criteria;
        }
        given.forEach((name, weight) -> {
            if (!CRITERION.matcher(name).matches()) {
                problems.add("criteria." + Problems.shown(name), Text.of(
                        "is not a valid criterion name: a letter, then letters, digits, '-' or '_'",
                        "n'est pas un nom de critère valide : une lettre, puis des lettres, chiffres, « - » ou « _ »"));
            } else if (weight == null || !(weight > 0) || weight > Limits.CRITERION_WEIGHT_MAX) {
                problems.add("criteria." + name, Text.of("weight must be a number above 0 and at most "
                        + Limits.CRITERION_WEIGHT_MAX + " (got " + weight + ")", "le poids doit être un nombre supérieur à 0 "
                        + "et au plus égal à " + Limits.CRITERION_WEIGHT_MAX + " (valeur reçue : " + weight + ")"));
            } else {
                criteria.add(PitchCriterion.of(name, weight));
            }
        });
        return criteria;
    }

    private static boolean sameCriteria(List<PitchCriterion> a, List<PitchCriterion> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).name.equals(b.get(i).name) || a.get(i).weight != b.get(i).weight) {
                return false;
            }
        }
        return true;
    }

    private static Instant instant(Problems problems, String location, String value, ZoneId zone) {
        if (blank(value)) {
            problems.add(location, Text.of("is required (YYYY-MM-DDTHH:MM, local time of the event)",
                    "est obligatoire (AAAA-MM-JJTHH:MM, heure locale de l'événement)"));
            return null;
        }
        return problems.moment(location, value, zone);
    }

    private static LocalDateTime localDateTime(Problems problems, String location, String value) {
        LocalDateTime dateTime;
        try {
            dateTime = LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(location, Text.of("'" + Problems.shown(value) + "' is not a date and time of the form YYYY-MM-DDTHH:MM",
                    "« " + Problems.shown(value) + " » n'est pas une date et heure de la forme AAAA-MM-JJTHH:MM"));
            return null;
        }
        return problems.inYears(location, dateTime.getYear()) ? dateTime : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
