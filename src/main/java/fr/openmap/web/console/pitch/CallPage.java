package fr.openmap.web.console.pitch;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.pitch.PitchCall;
import fr.openmap.pitch.PitchCallService;
import fr.openmap.pitch.PitchForms.CallForm;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problem;
import fr.openmap.validation.Problems;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.console.Frame;
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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The call for pitches' settings: its dates, the waiting list, the criteria and their weights, the coaching
 * half-day. The same form as {@code PUT /api/events/{id}/pitch/call}, the same rules ({@link PitchCallService}).
 */
@Path("/console/events/{id}/pitch/call")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class CallPage {

    /** Criteria rows the form offers (the call accepts up to {@code Limits.CRITERIA}). */
    static final int CRITERIA_ROWS = 8;

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    PitchCallService calls;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Frame frame, Event event, Fields fields, FieldProblems problems,
                                            String refusal, boolean saved);
    }

    /** One criterion row as typed. */
    public record Criterion(int index, String name, String weight) {
        public String id(String field) {
            return "criteria-" + index + "-" + field;
        }

        public int number() {
            return index + 1;
        }

        boolean blank() {
            return (name == null || name.isBlank()) && (weight == null || weight.isBlank());
        }
    }

    /** The form as typed (dates as {@code YYYY-MM-DDTHH:MM}, the event's local time). */
    public record Fields(String opensAt, String closesAt, String waitlistSize, List<Criterion> criteria,
                         String coachingAt, String coachingPlace) {

        Set<String> ids() {
            Set<String> ids = new HashSet<>(Set.of("opensAt", "closesAt", "waitlistSize", "coachingAt",
                    "coachingPlace", "criteria"));
            criteria.forEach(c -> {
                ids.add(c.id("name"));
                ids.add(c.id("weight"));
            });
            return ids;
        }
    }

    @GET
    public Response form(@PathParam("id") long id, @RestQuery boolean saved) {
        Event event = events.require(id);
        Fields fields;
        try {
            fields = fields(calls.get(id));
        } catch (NotFoundException e) {
            fields = new Fields("", "", String.valueOf(PitchCall.DEFAULT_WAITLIST_SIZE),
                    rows(PitchCall.DEFAULT_CRITERIA.stream().map(n -> new String[]{n, "1"}).toList()), "", "");
        }
        return render(event, fields, FieldProblems.none(), null, saved, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @RestForm String opensAt, @RestForm String closesAt,
                         @RestForm String waitlistSize, @RestForm List<String> criterionName,
                         @RestForm List<String> criterionWeight, @RestForm String coachingAt, @RestForm String coachingPlace) {
        Event event = events.require(id);
        List<String[]> typed = new ArrayList<>();
        for (int i = 0; i < Math.max(criterionName.size(), criterionWeight.size()) && i < CRITERIA_ROWS; i++) {
            typed.add(new String[]{i < criterionName.size() ? criterionName.get(i) : "",
                    i < criterionWeight.size() ? criterionWeight.get(i) : ""});
        }
        Fields fields = new Fields(opensAt, closesAt, waitlistSize, rows(typed), coachingAt, coachingPlace);
        List<Problem> problems = new ArrayList<>();
        Integer waitlist = null;
        if (waitlistSize != null && !waitlistSize.isBlank()) {
            try {
                waitlist = Integer.valueOf(waitlistSize.trim());
            } catch (NumberFormatException e) {
                problems.add(new Problem("waitlistSize", both(PitchPages::wholeNumber)));
            }
        }
        Map<String, Double> criteria = new LinkedHashMap<>();
        for (Criterion c : fields.criteria()) {
            if (c.blank()) {
                continue;
            }
            String name = c.name() == null ? "" : c.name().trim();
            if (criteria.containsKey(name)) {
                problems.add(new Problem(c.id("name"), both(w -> w.criterionTwice(name))));
                continue;
            }
            try {
                criteria.put(name, Double.valueOf(c.weight() == null ? "" : c.weight().trim().replace(',', '.')));
            } catch (NumberFormatException e) {
                problems.add(new Problem(c.id("weight"), both(PitchPages::weightNumber)));
            }
        }
        if (!problems.isEmpty()) {
            return render(event, fields, console.problems(problems, "", fields.ids()::contains), null, false, 422);
        }
        try {
            calls.configure(id, new CallForm(blankToNull(opensAt), blankToNull(closesAt), criteria, waitlist,
                    blankToNull(coachingAt), blankToNull(coachingPlace)));
        } catch (InvalidInputException e) {
            List<Problem> placed = e.problems().stream().map(p -> onRow(p, fields)).toList();
            return render(event, fields, console.problems(placed, "", fields.ids()::contains), null, false, 422);
        } catch (ConflictException e) {
            return render(event, fields, FieldProblems.none(), console.refused(e.text()), false, 409);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/pitch/call").queryParam("saved", true)
                .build(id)).build();
    }

    /** The service names a criterion by its name ({@code criteria.innovation}); the form by its row. */
    private static Problem onRow(Problem problem, Fields fields) {
        String location = problem.location();
        if (location == null || !location.startsWith("criteria.")) {
            return problem;
        }
        String named = location.substring("criteria.".length());
        return fields.criteria().stream()
                .filter(c -> c.name() != null && (c.name().trim().equals(named) || Problems.shown(c.name().trim()).equals(named)))
                .findFirst()
                // a weight problem speaks of the weight; any other of the name
                .map(c -> new Problem(c.id(problem.text().english().startsWith("weight") ? "weight" : "name"), problem.text()))
                .orElse(problem);
    }

    private Response render(Event event, Fields fields, FieldProblems problems, String refusal, boolean saved, int status) {
        return Response.status(status).entity(console.localized(Templates.form(
                console.frame(words().callTitle(), event, ConsoleSection.PITCH), event, fields, problems, refusal, saved)))
                .build();
    }

    private static Fields fields(PitchCall call) {
        return new Fields(PitchCallService.local(call.opensAt, call.event), PitchCallService.local(call.closesAt, call.event),
                String.valueOf(call.waitlistSize),
                rows(call.criteria.stream().map(c -> new String[]{c.name, weight(c.weight)}).toList()),
                PitchCallService.local(call.coachingAt), call.coachingPlace == null ? "" : call.coachingPlace);
    }

    /** The rows typed or stored, then blank ones up to {@link #CRITERIA_ROWS}. */
    private static List<Criterion> rows(List<String[]> given) {
        return IntStream.range(0, Math.max(CRITERIA_ROWS, given.size()))
                .mapToObj(i -> i < given.size() ? new Criterion(i, given.get(i)[0], given.get(i)[1]) : new Criterion(i, "", ""))
                .collect(Collectors.toList());
    }

    private static String weight(double weight) {
        return weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Text both(Function<PitchPages, String> sentence) {
        return Text.of(sentence.apply(Language.EN.messages(PitchPages.class)), sentence.apply(Language.FR.messages(PitchPages.class)));
    }

    private PitchPages words() {
        return console.language().messages(PitchPages.class);
    }
}
