package fr.openmap.web.console.pitch;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.pitch.PitchApplication;
import fr.openmap.pitch.PitchApplicationService;
import fr.openmap.pitch.PitchDossier;
import fr.openmap.pitch.PitchForms.ApplicationEditForm;
import fr.openmap.pitch.PitchForms.ApplicationForm;
import fr.openmap.pitch.PitchReviewService;
import fr.openmap.registration.RegistrationService;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problem;
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

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The applications of the call for pitches: the list with status, score and flags; each one with its answers and
 * its PDF dossier; added on a structure's behalf, edited or deleted with a reason. The rules are
 * {@link PitchApplicationService}'s, as for the API.
 */
@Path("/console/events/{id}/pitch/applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class ApplicationsPage {

    private static final Set<String> FIELDS = Set.of("structure", "presentation", "offer", "socialImpact", "references", "reason");

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    PitchApplicationService applications;
    @Inject
    PitchReviewService reviews;
    @Inject
    RegistrationService registrations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, Event event, List<Row> rows, String notice, String refusal);

        static native TemplateInstance application(Frame frame, Event event, Row row, Answers answers,
                                                   FieldProblems problems, String refusal, String notice,
                                                   String deleteReason, FieldProblems deleteProblems);

        static native TemplateInstance add(Frame frame, Event event, List<Choice> structures, Answers answers,
                                           String structure, FieldProblems problems, String refusal);
    }

    /** One application as listed; {@code median} in the page's language, null before any review. */
    public record Row(String ref, String name, String status, String median, int reviews, boolean disagreement,
                      Integer dossierKb) {
    }

    /** The answers as typed or stored; {@code references} one a line. */
    public record Answers(String presentation, String offer, String socialImpact, String references, String reason) {
        List<String> referenceList() {
            return references == null ? List.of()
                    : Arrays.stream(references.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** A structure that may apply. */
    public record Choice(String ref, String name) {
    }

    @GET
    public Response list(@PathParam("id") long id, @RestQuery String deleted) {
        return listPage(id, deleted == null ? null : words().applicationDeleted(deleted), null, 200);
    }

    @GET
    @Path("/{ref}")
    public Response application(@PathParam("id") long id, @PathParam("ref") String ref, @RestQuery boolean saved) {
        PitchApplication a = applications.get(id, ref);
        return detail(id, ref, answers(a), FieldProblems.none(), null, saved ? words().applicationSaved() : null, "",
                FieldProblems.none(), 200);
    }

    /** The dossier in the browser (a new tab), not a download. */
    @GET
    @Path("/{ref}/dossier")
    @Produces("application/pdf")
    public Response dossier(@PathParam("id") long id, @PathParam("ref") String ref) {
        PitchDossier dossier = applications.dossier(id, ref);
        return Response.ok(dossier.content, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"pitch-" + ref + ".pdf\"").build();
    }

    @POST
    @Path("/{ref}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @PathParam("ref") String ref, @RestForm String presentation,
                         @RestForm String offer, @RestForm String socialImpact, @RestForm String references,
                         @RestForm String reason) {
        Answers answers = new Answers(presentation, offer, socialImpact, references, reason);
        try {
            applications.edit(id, ref, new ApplicationEditForm(presentation, offer, socialImpact, answers.referenceList(), reason));
        } catch (InvalidInputException e) {
            return detail(id, ref, answers, problems(e), null, null, "", FieldProblems.none(), 422);
        } catch (ConflictException e) {
            return detail(id, ref, answers, FieldProblems.none(), console.refused(e.text()), null, "", FieldProblems.none(), 409);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/pitch/applications/{ref}")
                .queryParam("saved", true).build(id, ref)).build();
    }

    @POST
    @Path("/{ref}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @PathParam("ref") String ref, @RestForm String reason) {
        try {
            applications.delete(id, ref, reason);
        } catch (InvalidInputException e) {
            return detail(id, ref, answers(applications.get(id, ref)), FieldProblems.none(), null, null, reason,
                    console.problems(e.problems().stream() // the delete form's reason field is "delete-reason"
                            .map(p -> new Problem("reason".equals(p.location()) ? "delete-reason" : p.location(), p.text()))
                            .toList(), "", Set.of("delete-reason")::contains), 422);
        } catch (ConflictException e) {
            return detail(id, ref, answers(applications.get(id, ref)), FieldProblems.none(), console.refused(e.text()),
                    null, reason, FieldProblems.none(), 409);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/pitch/applications")
                .queryParam("deleted", ref).build(id)).build();
    }

    @GET
    @Path("/new")
    public Response addForm(@PathParam("id") long id) {
        return addPage(id, new Answers("", "", "", "", null), "", FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long id, @RestForm String structure, @RestForm String presentation,
                        @RestForm String offer, @RestForm String socialImpact, @RestForm String references) {
        Answers answers = new Answers(presentation, offer, socialImpact, references, null);
        try {
            applications.apply(id, new ApplicationForm(structure, presentation, offer, socialImpact, answers.referenceList()));
        } catch (InvalidInputException e) {
            return addPage(id, answers, structure, problems(e), null, 422);
        } catch (ConflictException e) {
            return addPage(id, answers, structure, FieldProblems.none(), console.refused(e.text()), 409);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/pitch/applications/{ref}")
                .queryParam("saved", true).build(id, structure)).build();
    }

    private Response listPage(long id, String notice, String refusal, int status) {
        Event event = events.require(id);
        return Response.status(status).entity(console.localized(Templates.list(
                console.frame(words().applicationsTitle(), event, ConsoleSection.PITCH), event, rows(id), notice, refusal)))
                .build();
    }

    private Response detail(long id, String ref, Answers answers, FieldProblems problems, String refusal, String notice,
                            String deleteReason, FieldProblems deleteProblems, int status) {
        Event event = events.require(id);
        Row row = rows(id).stream().filter(r -> r.ref().equals(ref)).findFirst().orElseThrow();
        return Response.status(status).entity(console.localized(Templates.application(
                console.frame(words().applicationTitle(row.name()), event, ConsoleSection.PITCH), event, row, answers,
                problems, refusal, notice, deleteReason, deleteProblems))).build();
    }

    private Response addPage(long id, Answers answers, String structure, FieldProblems problems, String refusal, int status) {
        Event event = events.require(id);
        Set<String> applied = Set.copyOf(rows(id).stream().map(Row::ref).toList());
        List<Choice> choices = registrations.structures(id).stream().filter(s -> !applied.contains(s.ref))
                .map(s -> new Choice(s.ref, s.name)).toList();
        return Response.status(status).entity(console.localized(Templates.add(
                console.frame(words().addTitle(), event, ConsoleSection.PITCH), event, choices, answers, structure,
                problems, refusal))).build();
    }

    private List<Row> rows(long id) {
        Language language = console.language();
        return reviews.ranking(id).stream().map(r -> {
            Integer size = applications.dossierSize(r.application());
            return new Row(r.application().structure.ref, r.application().structure.name,
                    PitchPage.statusWords(words(), r.application().structure.pitchStatus),
                    r.entry().reviewed() ? PitchPage.number(r.entry().median(), language) : null, r.reviews().size(),
                    r.entry().disagreement(), size == null ? null : Math.max(1, (size + 1023) / 1024));
        }).sorted(Comparator.comparing(Row::ref)).toList();
    }

    private static Answers answers(PitchApplication a) {
        return new Answers(a.presentation, a.offer, a.socialImpact, String.join("\n", a.references), "");
    }

    private FieldProblems problems(InvalidInputException e) {
        return console.problems(e.problems(), "", FIELDS::contains); // references[i] are listed above the form
    }

    private PitchPages words() {
        return console.language().messages(PitchPages.class);
    }
}
