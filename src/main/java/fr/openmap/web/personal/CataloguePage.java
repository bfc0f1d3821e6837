package fr.openmap.web.personal;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.i18n.Language;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Catalogue;
import fr.openmap.registration.LegalForm;
import fr.openmap.registration.Participant;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.MeetingRequestService;
import fr.openmap.requests.RequestTransitions;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problem;
import fr.openmap.web.console.EventFormPage.Option;
import fr.openmap.web.console.Listing.Choice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The other side of the event, for a participant: a structure sees the approved buyers, a buyer the approved
 * structures (legal form in words, département, sector, offer, a selected pitch), with a search and, for structures,
 * filters (legal form family, département, sector) in a plain GET form that htmx refreshes while one types. From
 * each entry one asks for a meeting with a priority in words and an optional message, through
 * {@link MeetingRequestService#create}: the limit of requests awaiting an answer and the freeze are its rules, and its
 * refusal is shown next to the form. Nobody's email, phone or token is shown.
 */
@Path("/p/{eventId}/{ref}/catalogue")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.BUYER, Roles.STRUCTURE})
public class CataloguePage {

    @Inject
    PersonalSpace space;
    @Inject
    Catalogue catalogue;
    @Inject
    MeetingRequestService requests;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PersonalFrame frame, String action, String askAction, boolean buyersShown, Search search,
                                            List<Choice> families, List<Choice> departments, List<Choice> sectors,
                                            List<Entry> entries, List<Option> priorities, String pending,
                                            boolean open, String frozen, String notice, Asking asking);
    }

    /** What was searched, as typed. */
    public record Search(String q, String family, String department, String sector) {
    }

    /**
     * One participant of the other side as the catalogue shows them: no contact details. {@code mine}: the request
     * this participant made to them, in words; {@code theirs}: they asked this participant.
     */
    public record Entry(String ref, String name, String kind, String details, List<String> interests, String text,
                        String textLabel, boolean pitchSelected, String mine, boolean theirs) {
    }

    /** A request refused: to whom, what was typed, and why (next to the form of that entry). */
    public record Asking(String to, String priority, String message, String refusal) {
        public boolean at(String ref) {
            return to != null && to.equals(ref);
        }

        /** The priority the form of {@code ref} shows chosen: as typed when it was refused, else 2 ("souhaité"). */
        public String priorityAt(String ref) {
            return at(ref) && priority != null ? priority : "2";
        }
    }

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                                 @QueryParam("q") String q, @QueryParam("family") String family,
                                 @QueryParam("department") String department, @QueryParam("sector") String sector,
                                 @QueryParam("done") String done) {
        return page(eventId, ref, new Search(q, family, department, sector),
                "asked".equals(done) ? space.words().askedNotice() : null, null);
    }

    /** Asks the participant {@code to} for a meeting, then back to the catalogue; a refusal is shown at that entry. */
    @POST
    @Path("/ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("eventId") long eventId, @PathParam("ref") String ref, @FormParam("to") String to,
                        @FormParam("priority") String priority, @FormParam("message") String message,
                        @FormParam("lang") String lang) {
        space.language(lang);
        space.me(eventId, ref);
        try {
            requests.create(eventId, ref, to, priority(priority), message);
        } catch (ConflictException e) {
            return refused(eventId, ref, new Asking(to, priority, message, space.sentence(e.text())), 409);
        } catch (InvalidInputException e) {
            String why = e.problems().stream().map(Problem::text).map(space::sentence).collect(Collectors.joining(" "));
            return refused(eventId, ref, new Asking(to, priority, message, why), 422);
        }
        return space.seeOther("/catalogue", "asked");
    }

    private Response refused(long eventId, String ref, Asking asking, int status) {
        return Response.status(status).entity(page(eventId, ref, new Search(null, null, null, null), null, asking)).build();
    }

    /** 1 to 3 as chosen; anything else is out of range, and the service says so. */
    private static Integer priority(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The catalogue as {@code me} sees it, for the organizer's read-only view (the console's "voir comme", after
     * PersonalSpace#asOrganizer): the search works, nothing asks for a meeting. Private rendering below, so this
     * class's participant-only rule is not asked again of the organizer.
     */
    @RolesAllowed(Roles.ORGANIZER)
    @Transactional
    public TemplateInstance readOnly(Participant me, Search search) {
        return render(me, search, null, null);
    }

    @Transactional
    TemplateInstance page(long eventId, String ref, Search search, String notice, Asking asking) {
        return render(space.me(eventId, ref), search, notice, asking);
    }

    private TemplateInstance render(Participant me, Search search, String notice, Asking asking) {
        long eventId = me.event.id;
        String ref = me.ref;
        Language language = space.language();
        PersonalMessages words = space.words();
        boolean buyersShown = !(me instanceof Buyer);
        Catalogue.Filter filter = new Catalogue.Filter(search.q(), family(search.family()), search.department(),
                search.sector());
        Map<String, MeetingRequest> mine = requests.list(eventId).stream().filter(r -> r.fromRef().equals(ref))
                .collect(Collectors.toMap(MeetingRequest::toRef, Function.identity(), (a, b) -> a));
        List<String> theirs = requests.list(eventId).stream().filter(r -> r.toRef().equals(ref))
                .map(MeetingRequest::fromRef).toList();
        List<Entry> entries = buyersShown
                ? catalogue.buyers(eventId, filter).stream().map(b -> entry(b, mine, theirs, words, language)).toList()
                : catalogue.structures(eventId, filter).stream().map(s -> entry(s, mine, theirs, words, language)).toList();
        List<Choice> families = Arrays.stream(LegalForm.Family.values())
                .map(f -> new Choice(f.name(), f.label().in(language), f.name().equals(search.family()))).toList();
        Catalogue.Choices choices = buyersShown ? new Catalogue.Choices(List.of(), List.of())
                : catalogue.structureChoices(eventId);
        List<Option> priorities = IntStream.rangeClosed(Limits.PRIORITY_MIN, Limits.PRIORITY_MAX)
                .mapToObj(p -> new Option(String.valueOf(p), p + " — " + MeetingRequest.priorityWords(p).in(language)))
                .toList();
        Event event = me.event;
        boolean frozen = RequestTransitions.Freeze.now(event.answersFrozenAt, event).frozen();
        String pending = words.pendingCount((int) MeetingRequestService.pendingAskedBy(me), event.pendingRequestLimit());
        String title = buyersShown ? words.catalogueBuyersTitle() : words.catalogueStructuresTitle();
        return space.localized(Templates.page(space.frame(title, PersonalSection.CATALOGUE),
                space.path("/catalogue"), space.path("/catalogue/ask"), buyersShown, search, families,
                choices.departments().stream().map(d -> new Choice(d, d, d.equals(search.department()))).toList(),
                choices.sectors().stream().map(d -> new Choice(d, d, d.equals(search.sector()))).toList(), entries, priorities, pending,
                !frozen && !space.readOnly(), frozen ? words.requestsFrozen() : null, notice,
                asking == null ? new Asking(null, null, null, null) : asking));
    }

    private static Entry entry(Buyer b, Map<String, MeetingRequest> mine, List<String> theirs, PersonalMessages words,
                               Language language) {
        return new Entry(b.ref, b.organization, b.service, null, List.copyOf(b.interests), b.needs, words.needs(), false,
                mine(mine.get(b.ref), words, language), theirs.contains(b.ref));
    }

    private static Entry entry(Structure s, Map<String, MeetingRequest> mine, List<String> theirs,
                               PersonalMessages words, Language language) {
        String details = String.join(" · ", java.util.stream.Stream.of(s.department, s.sector)
                .filter(x -> x != null && !x.isBlank()).toList());
        return new Entry(s.ref, s.name, s.legalForm.label().in(language), details, List.of(), s.offer, words.offer(),
                s.pitchStatus == PitchStatus.SELECTED, mine(mine.get(s.ref), words, language), theirs.contains(s.ref));
    }

    private static String mine(MeetingRequest r, PersonalMessages words, Language language) {
        return r == null ? null : words.alreadyAsked(MeetingRequest.priorityWords(r.priority).in(language),
                PersonalPage.status(r.status, language));
    }

    private static LegalForm.Family family(String typed) {
        return Arrays.stream(LegalForm.Family.values()).filter(f -> f.name().equals(typed)).findFirst().orElse(null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
            NotFoundException.class, fr.openmap.access.ForbiddenException.class})
    Response invalidLink() {
        return space.invalidLink();
    }
}
