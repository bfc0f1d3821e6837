package fr.openmap.web.console.pitch;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.pitch.PitchCall;
import fr.openmap.pitch.PitchCallService;
import fr.openmap.pitch.PitchForms.SelectionForm;
import fr.openmap.pitch.PitchReviewService;
import fr.openmap.pitch.PitchSelectionService;
import fr.openmap.pitch.Ranking;
import fr.openmap.pitch.Selection;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problem;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.console.Frame;
import fr.openmap.web.console.Listing;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The call for pitches of an event: the ranking (median, spread, disagreement), the places already taken, and the
 * selection, prepared (ties settled on the page, counts confirmed) before it is written. Every rule is
 * {@link PitchSelectionService}'s, as for the API.
 */
@Path("/console/events/{id}/pitch")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class PitchPage {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");
    private static final Set<String> SELECTION_FIELDS = Set.of("select", "waitlist", "reason", "tie");

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    PitchCallService calls;
    @Inject
    PitchReviewService reviews;
    @Inject
    PitchSelectionService selection;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ranking(Frame frame, Event event, Overview overview, SelectionFields fields,
                                               FieldProblems problems, String refusal, String notice);

        static native TemplateInstance plan(Frame frame, Event event, Plan plan, FieldProblems problems);
    }

    /** One application as the ranking shows it; numbers already written in the page's language. */
    public record Line(int rank, String ref, String name, String status, String median, String spread, int reviews,
                       boolean disagreement, String scores, List<String> comments) {
    }

    /** A structure holding a place or a waiting-list position without an application. */
    public record Held(String ref, String name, String status, Integer rank) {
    }

    /** Everything the ranking page shows; {@code selectedAt} in words, null before the selection. */
    public record Overview(boolean hasCall, List<Line> lines, int places, int taken, int free, int waitlistSize,
                           int waitlistTaken, int waitlistFree, List<Held> held, String selectedAt, boolean notified,
                           String threshold) {

        public boolean canSelect() {
            return hasCall && !lines.isEmpty() && !notified;
        }
    }

    /** The selection form as typed. */
    public record SelectionFields(String select, String waitlist, String reason) {
    }

    /** A structure offered to settle a tie. */
    public record Option(String ref, String name) {
    }

    /** A tie as the page asks the organizer to settle it; {@code above} is how many to choose. */
    public record TieView(int count, String median, String boundary, int above, List<Option> options) {
        public boolean single() {
            return above == 1;
        }
    }

    /** One application's outcome, as the confirmation lists it. */
    public record Outcome(int rank, String ref, String name, String status, String median) {
    }

    /** A prepared selection: the tie to settle first, or the outcomes to confirm with their counts. */
    public record Plan(SelectionFields fields, boolean redo, List<String> tieBreak, TieView tie, List<Outcome> outcomes,
                       int selected, int waitlisted, int notSelected) {
        public String settled() {
            return String.join(", ", tieBreak);
        }
    }

    @GET
    public Response ranking(@PathParam("id") long id, @RestQuery Integer selected, @RestQuery Integer waitlisted,
                            @RestQuery Integer notSelected) {
        String notice = selected == null ? null
                : words().done(selected, waitlisted == null ? 0 : waitlisted, notSelected == null ? 0 : notSelected);
        return page(id, null, FieldProblems.none(), null, notice, 200);
    }

    /**
     * Prepares the selection without writing anything: settles the tie chosen ({@code chosen}) into the tie-break,
     * then shows the next tie, or the outcomes with their counts to confirm.
     */
    @GET
    @Path("/selection")
    public Response prepare(@PathParam("id") long id, @RestQuery String select, @RestQuery String waitlist,
                            @RestQuery String reason, @RestQuery List<String> tieBreak, @RestQuery String tie,
                            @RestQuery List<String> chosen) {
        SelectionFields fields = new SelectionFields(select, waitlist, reason);
        List<Problem> typed = typed(fields);
        if (!typed.isEmpty()) {
            return page(id, fields, problems(typed), null, null, 422);
        }
        List<String> order = new ArrayList<>(tieBreak);
        try {
            Selection.Result result = selection.preview(id, form(fields, order));
            if (tie != null && result.hasTies()) { // the tie form was sent: the choice settles the first tie
                Selection.Tie first = result.ties().get(0);
                if (chosen.size() != first.above() || !first.structures().containsAll(chosen)) {
                    return plan(id, fields, order, result, problems(List.of(new Problem("tie",
                            both(w -> w.tieCount(first.above()))))), 422);
                }
                chosen.stream().filter(ref -> !order.contains(ref)).forEach(order::add);
                result = selection.preview(id, form(fields, order));
            }
            return plan(id, fields, order, result, FieldProblems.none(), result.hasTies() ? 409 : 200);
        } catch (InvalidInputException e) {
            return page(id, fields, problems(e.problems()), null, null, 422);
        } catch (ConflictException e) {
            return page(id, fields, FieldProblems.none(), console.refused(e.text()), null, 409);
        }
    }

    /** Writes the selection confirmed; a tie that appeared meanwhile (a new review) comes back to be settled. */
    @POST
    @Path("/selection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response select(@PathParam("id") long id, @RestForm String select, @RestForm String waitlist,
                           @RestForm String reason, @RestForm List<String> tieBreak) {
        SelectionFields fields = new SelectionFields(select, waitlist, reason);
        List<Problem> typed = typed(fields);
        if (!typed.isEmpty()) {
            return page(id, fields, problems(typed), null, null, 422);
        }
        try {
            Selection.Result result = selection.select(id, form(fields, tieBreak));
            if (result.hasTies()) {
                return plan(id, fields, tieBreak, result, FieldProblems.none(), 409);
            }
            return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/pitch")
                    .queryParam("selected", count(result, PitchStatus.SELECTED))
                    .queryParam("waitlisted", count(result, PitchStatus.WAITLISTED))
                    .queryParam("notSelected", count(result, PitchStatus.NOT_SELECTED)).build(id)).build();
        } catch (InvalidInputException e) {
            return page(id, fields, problems(e.problems()), null, null, 422);
        } catch (ConflictException e) {
            return page(id, fields, FieldProblems.none(), console.refused(e.text()), null, 409);
        }
    }

    private Response page(long id, SelectionFields fields, FieldProblems problems, String refusal, String notice, int status) {
        Event event = events.require(id);
        Overview overview = overview(event);
        SelectionFields shown = fields != null ? fields
                : new SelectionFields(String.valueOf(overview.free()), String.valueOf(overview.waitlistFree()), "");
        return Response.status(status).entity(console.localized(Templates.ranking(
                console.frame(words().title(), event, ConsoleSection.PITCH), event, overview, shown, problems, refusal,
                notice))).build();
    }

    private Overview overview(Event event) {
        PitchCall call;
        try {
            call = calls.get(event.id);
        } catch (NotFoundException e) {
            return new Overview(false, List.of(), event.pitchPlaces, 0, event.pitchPlaces, 0, 0, 0, List.of(), null, false,
                    null);
        }
        Language language = console.language();
        List<Line> lines = reviews.ranking(event.id).stream().map(r -> line(r, call, language)).toList();
        PitchSelectionService.Board board = selection.board(event.id);
        List<Held> held = new ArrayList<>();
        board.heldSelected().forEach(s -> held.add(held(s)));
        board.heldWaitlisted().forEach(s -> held.add(held(s)));
        return new Overview(true, lines, board.pitchPlaces(), board.heldSelected().size(), board.freePlaces(),
                board.waitlistSize(), board.heldWaitlisted().size(), board.freeWaitlist(), held,
                Listing.moment(call.selectedAt, ZoneId.of(event.timezone), language), board.notified(),
                number(Ranking.DISAGREEMENT_THRESHOLD, language));
    }

    private Response plan(long id, SelectionFields fields, List<String> tieBreak, Selection.Result result,
                          FieldProblems problems, int status) {
        Event event = events.require(id);
        Language language = console.language();
        Map<String, Structure> byRef = Structure.<Structure>list("event", event).stream()
                .collect(Collectors.toMap(s -> s.ref, Function.identity()));
        TieView tie = null;
        List<Outcome> outcomes = List.of();
        if (result.hasTies()) {
            Selection.Tie first = result.ties().get(0);
            tie = new TieView(first.structures().size(), number(first.median(), language), boundary(first.boundary()),
                    first.above(), first.structures().stream().map(ref -> new Option(ref, byRef.get(ref).name)).toList());
        } else {
            outcomes = result.outcomes().stream().map(o -> new Outcome(o.rank(), o.structureRef(),
                    byRef.get(o.structureRef()).name, status(o.status()), number(o.median(), language))).toList();
        }
        boolean redo = calls.get(id).selectionMade();
        Plan plan = new Plan(fields, redo, tieBreak, tie, outcomes, count(result, PitchStatus.SELECTED),
                count(result, PitchStatus.WAITLISTED), count(result, PitchStatus.NOT_SELECTED));
        String title = tie == null ? words().confirmTitle() : words().tieTitle();
        return Response.status(status).entity(console.localized(Templates.plan(
                console.frame(title, event, ConsoleSection.PITCH), event, plan, problems))).build();
    }

    /** The page always asks for a redo: it offers one only while the selection was made and nobody told. */
    private static SelectionForm form(SelectionFields fields, List<String> tieBreak) {
        return new SelectionForm(tieBreak, blank(fields.reason()) ? null : fields.reason(), whole(fields.select()),
                whole(fields.waitlist()), true);
    }

    /** What a form can type and JSON cannot: a word in a number field. */
    private static List<Problem> typed(SelectionFields fields) {
        List<Problem> problems = new ArrayList<>();
        Text notWhole = both(PitchPages::wholeNumber);
        if (!blank(fields.select()) && !WHOLE_NUMBER.matcher(fields.select().trim()).matches()) {
            problems.add(new Problem("select", notWhole));
        }
        if (!blank(fields.waitlist()) && !WHOLE_NUMBER.matcher(fields.waitlist().trim()).matches()) {
            problems.add(new Problem("waitlist", notWhole));
        }
        return problems;
    }

    private FieldProblems problems(List<Problem> problems) {
        return console.problems(problems, "", SELECTION_FIELDS::contains);
    }

    private Line line(PitchReviewService.Ranked r, PitchCall call, Language language) {
        Ranking.Entry entry = r.entry();
        String scores = r.reviews().stream()
                .map(v -> v.reviewer + " " + number(Ranking.weightedScore(v.scores, call.criteria), language))
                .collect(Collectors.joining(" ; "));
        return new Line(r.rank(), r.application().structure.ref, r.application().structure.name,
                status(r.application().structure.pitchStatus), entry.reviewed() ? number(entry.median(), language) : null,
                entry.reviewed() ? number(entry.spread(), language) : null, r.reviews().size(), entry.disagreement(), scores,
                r.reviews().stream().filter(v -> v.comment != null && !v.comment.isBlank())
                        .map(v -> v.reviewer + " : " + v.comment.strip()).toList());
    }

    private Held held(Structure s) {
        return new Held(s.ref, s.name, status(s.pitchStatus), s.pitchRank);
    }

    private String status(PitchStatus status) {
        return statusWords(words(), status);
    }

    /** A pitch status in words ("Retenue"); null is a structure without an application. */
    static String statusWords(PitchPages words, PitchStatus status) {
        if (status == null) {
            return words.statusNone();
        }
        return switch (status) {
            case APPLIED -> words.statusAPPLIED();
            case SELECTED -> words.statusSELECTED();
            case WAITLISTED -> words.statusWAITLISTED();
            case NOT_SELECTED -> words.statusNOT_SELECTED();
            case WITHDRAWN -> words.statusWITHDRAWN();
        };
    }

    private String boundary(String boundary) {
        PitchPages words = words();
        return switch (boundary) {
            case "selected/waitlisted" -> words.boundarySelectedWaitlisted();
            case "selected/not selected" -> words.boundarySelectedNotSelected();
            case "waitlist order" -> words.boundaryWaitlistOrder();
            default -> words.boundaryWaitlistedNotSelected();
        };
    }

    static String number(Double value, Language language) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static int count(Selection.Result result, PitchStatus status) {
        return (int) result.outcomes().stream().filter(o -> o.status() == status).count();
    }

    private static Integer whole(String value) {
        return blank(value) ? null : Integer.valueOf(value.trim());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private PitchPages words() {
        return words(console.language());
    }

    private static PitchPages words(Language language) {
        return language.messages(PitchPages.class);
    }

    /** A sentence of the bundle as a {@link Text}, for a {@link Problem} placed next to its field. */
    private static Text both(Function<PitchPages, String> sentence) {
        return Text.of(sentence.apply(words(Language.EN)), sentence.apply(words(Language.FR)));
    }}
