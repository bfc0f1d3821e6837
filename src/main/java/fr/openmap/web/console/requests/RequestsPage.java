package fr.openmap.web.console.requests;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.MeetingRequestService;
import fr.openmap.requests.RequestStatus;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.Frame;
import fr.openmap.web.console.Listing;
import fr.openmap.web.console.Listing.Choice;
import fr.openmap.web.console.Listing.Count;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An event's meeting requests: who asked whom, with what priority, how they stand, filtered and counted; the
 * organizer answers on someone's behalf after a confirmation, through {@link MeetingRequestService} as the API does.
 */
@Path("/console/events/{id}/requests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class RequestsPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    MeetingRequestService requests;
    @Inject
    RegistrationService registrations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, Event event, Filter filter, List<Line> lines,
                                            List<Count> counts, int total, List<Choice> statuses, List<Choice> buyers,
                                            List<Choice> structures, List<Choice> priorities, String frozen,
                                            String notice, String refusal);

        static native TemplateInstance confirm(Frame frame, Event event, Line line, String answer, String change,
                                               String effect);
    }

    /** One side of a request: a buyer or a structure. */
    public record Side(String name, String ref, boolean buyer) {
        static Side of(Participant p, boolean buyer) {
            return new Side(p.displayName(), p.ref, buyer);
        }
    }

    /** One request as listed; {@code answer} says who answered and when, null while nobody did. */
    public record Line(long id, Side asker, Side asked, String priority, int priorityRank, RequestStatus status,
                       String statusWords, String answer, boolean byOrganizer) {
        public boolean mayAccept() {
            return status != RequestStatus.ACCEPTED;
        }

        public boolean mayDecline() {
            return status != RequestStatus.DECLINED;
        }
    }

    /** What the list is filtered on; null: anything. */
    public record Filter(RequestStatus status, String buyer, String structure, Integer priority) {
        static final Filter NONE = new Filter(null, null, null, null);

        boolean keeps(MeetingRequest r) {
            return (status == null || r.status == status)
                    && (buyer == null || r.buyer.ref.equals(buyer))
                    && (structure == null || r.structure.ref.equals(structure))
                    && (priority == null || r.priority == priority);
        }

        public boolean any() {
            return status != null || buyer != null || structure != null || priority != null;
        }
    }

    // No transaction of the page's own: each service call has its own, and a refusal inside one must not
    // leave the page reading in a transaction marked for rollback.
    @GET
    public Response list(@PathParam("id") long id, @QueryParam("status") String status,
                         @QueryParam("buyer") String buyer, @QueryParam("structure") String structure,
                         @QueryParam("priority") String priority, @QueryParam("done") String done,
                         @QueryParam("request") Long requestId) {
        Filter filter = new Filter(status(status), Listing.typed(buyer), Listing.typed(structure), priority(priority));
        String notice = null;
        if (done != null && requestId != null) {
            RequestStatus answered = status(done);
            if (answered != null && answered != RequestStatus.PENDING) {
                notice = words().answered(requestId, answered.words.in(console.language()));
            }
        }
        return page(id, filter, notice, null, 200);
    }

    /** The confirmation of an answer on someone's behalf: what it changes, before anything is written. */
    @GET
    @Path("/answer")
    public Response confirm(@PathParam("id") long id, @QueryParam("request") Long requestId,
                            @QueryParam("answer") String answer) {
        Event event = events.require(id);
        RequestStatus target = status(answer);
        if (requestId == null || target == null || target == RequestStatus.PENDING) {
            return page(id, Filter.NONE, null, words().answerUnknown(), 422);
        }
        MeetingRequest request;
        try {
            request = requests.get(id, requestId);
        } catch (NotFoundException e) {
            return page(id, Filter.NONE, null, console.refused(e.text()), 404);
        }
        Line line = line(request);
        RequestPages words = words();
        String from = line.statusWords();
        String to = target.words.in(console.language());
        String change = request.status == target ? words.confirmSame(requestId, to)
                : words.confirmChange(requestId, from, to, line.asked().name(), line.asked().ref());
        String effect = target == RequestStatus.DECLINED ? words.effectDeclined() : words.effectAccepted();
        return Response.ok(console.localized(Templates.confirm(
                console.frame(words.confirmTitle(requestId), event, ConsoleSection.REQUESTS), event, line,
                target.name(), change, effect))).build();
    }

    /** The answer, confirmed: recorded as the organizer's; refused if the request changed since it was shown. */
    @POST
    @Path("/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @FormParam("request") Long requestId,
                           @FormParam("answer") String answer, @FormParam("seen") String seen) {
        RequestStatus target = status(answer);
        if (requestId == null || target == null || target == RequestStatus.PENDING) {
            return page(id, Filter.NONE, null, words().answerUnknown(), 422);
        }
        try {
            requests.answer(id, requestId, target, status(seen));
        } catch (ConflictException e) {
            return page(id, Filter.NONE, null, console.refused(e.text()), 409);
        } catch (NotFoundException e) {
            return page(id, Filter.NONE, null, console.refused(e.text()), 404);
        } catch (InvalidInputException e) {
            return page(id, Filter.NONE, null, console.refused(e.problems().get(0).text()), 422);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/requests")
                .queryParam("done", target.name()).queryParam("request", requestId).build(id)).build();
    }

    private Response page(long id, Filter filter, String notice, String refusal, int httpStatus) {
        return Response.status(httpStatus).entity(listPage(id, filter, notice, refusal)).build();
    }

    private TemplateInstance listPage(long id, Filter filter, String notice, String refusal) {
        Event event = events.require(id);
        RequestPages words = words();
        Language language = console.language();
        List<MeetingRequest> all = requests.list(id);
        List<Line> lines = all.stream().filter(filter::keeps).map(this::line).toList();
        String base = "/console/events/" + id + "/requests";
        List<Count> counts = Arrays.stream(RequestStatus.values())
                .map(s -> new Count(s.name(), s.words.in(language), all.stream().filter(r -> r.status == s).count(),
                        base + "?status=" + s.name()))
                .toList();
        List<Choice> statuses = Arrays.stream(RequestStatus.values())
                .map(s -> new Choice(s.name(), s.words.in(language), s == filter.status())).toList();
        List<Choice> buyers = registrations.buyers(id).stream().sorted(Comparator.comparing(p -> p.ref))
                .map(b -> new Choice(b.ref, b.displayName() + " (" + b.ref + ")", b.ref.equals(filter.buyer()))).toList();
        List<Choice> structures = registrations.structures(id).stream().sorted(Comparator.comparing(p -> p.ref))
                .map(s -> new Choice(s.ref, s.displayName() + " (" + s.ref + ")", s.ref.equals(filter.structure()))).toList();
        List<Choice> priorities = List.of(1, 2, 3).stream()
                .map(p -> new Choice(String.valueOf(p), MeetingRequest.priorityWords(p).in(language),
                        filter.priority() != null && filter.priority() == p)).toList();
        String frozen = event.answersFrozenAt == null || event.answersFrozenAt.isAfter(Instant.now()) ? null
                : words.frozen(moment(event.answersFrozenAt, event));
        return console.localized(Templates.list(console.frame(words.title(), event, ConsoleSection.REQUESTS), event,
                filter, lines, counts, all.size(), statuses, buyers, structures, priorities, frozen, notice, refusal));
    }

    private Line line(MeetingRequest r) {
        Side buyer = Side.of(r.buyer, true);
        Side structure = Side.of(r.structure, false);
        Language language = console.language();
        boolean byOrganizer = MeetingRequestService.ANSWERED_BY_ORGANIZER.equals(r.answeredBy);
        String answer = null;
        if (r.answeredBy != null) {
            Side asked = r.fromBuyer ? structure : buyer;
            String who = byOrganizer ? words().byOrganizer(asked.name()) : asked.name() + " (" + r.answeredBy + ")";
            answer = r.answeredAt == null ? who : words().answeredOn(who, moment(r.answeredAt, r.event));
        }
        return new Line(r.id, r.fromBuyer ? buyer : structure, r.fromBuyer ? structure : buyer,
                MeetingRequest.priorityWords(r.priority).in(language), r.priority, r.status, r.status.words.in(language),
                answer, byOrganizer);
    }

    /** A moment as the event's people read it: "jeudi 17 mai 2018 à 9 h 30", in the event's time zone. */
    private String moment(Instant at, Event event) {
        return Listing.moment(at, ZoneId.of(event.timezone), console.language());
    }

    private RequestPages words() {
        return console.language().messages(RequestPages.class);
    }

    private static RequestStatus status(String value) {
        return Listing.option(RequestStatus.class, value);
    }

    private static Integer priority(String value) {
        return value == null || !value.strip().matches("[123]") ? null : Integer.valueOf(value.strip());
    }

}
