package fr.openmap.web.console.participants;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.overview.ParticipantActivity;
import fr.openmap.overview.ParticipantActivity.Counts;
import fr.openmap.registration.LegalForm;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.RegistrationService.Registered;
import fr.openmap.registration.Structure;
import fr.openmap.registration.StructureInput;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.console.Frame;
import fr.openmap.web.console.participants.ParticipantPages.Meetings;
import fr.openmap.web.console.participants.ParticipantPages.Option;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An event's structures: the table with its search and filters (legal form, département, sector, pitch status,
 * meetings), adding, editing and deleting one, through the registration service as the API.
 */
@Path("/console/events/{id}/structures")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class StructuresPage {

    /** The pitch filter's value for structures that have not applied. */
    static final String NO_PITCH = "NONE";

    @Inject
    Console console;
    @Inject
    ParticipantPages pages;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    ParticipantActivity activity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, long eventId, String q, List<Option> legalForms,
                                            List<Option> departments, List<Option> sectors, List<Option> pitches,
                                            List<Option> meetings, List<StructureRow> rows, String count, String notice);

        static native TemplateInstance form(Frame frame, StructureForm form, boolean adding, List<Option> legalForms,
                                            List<Option> pitches, List<Option> languages, FieldProblems problems,
                                            String refusal, String action, String cancelHref);
    }

    /** One structure as the table shows it. */
    public record StructureRow(String ref, String name, String legalForm, String siret, String department, String sector,
                               String contact, String email, int representatives, String pitch, long requests,
                               long meetings) {
    }

    @GET
    @Transactional
    public TemplateInstance list(@PathParam("id") long id, @QueryParam("q") String q,
                                 @QueryParam("legalForm") String legalForm, @QueryParam("department") String department,
                                 @QueryParam("sector") String sector, @QueryParam("pitch") String pitch,
                                 @QueryParam("meetings") String meetings, @QueryParam("saved") String saved,
                                 @QueryParam("deleted") String deleted) {
        Event event = events.require(id);
        ParticipantsMessages words = pages.words();
        Search search = Search.of(q);
        Meetings withMeetings = Meetings.of(meetings);
        Map<String, Counts> counts = activity.structures(id);
        List<Structure> structures = registrations.structures(id);
        List<StructureRow> rows = new ArrayList<>();
        for (Structure s : structures) {
            Counts c = counts.getOrDefault(s.ref, Counts.NONE);
            boolean shown = search.matches(s.ref, s.name, s.contactName, s.email)
                    && chosen(legalForm, s.legalForm.name()) && chosen(department, s.department)
                    && chosen(sector, s.sector) && chosen(pitch, s.pitchStatus == null ? NO_PITCH : s.pitchStatus.name())
                    && withMeetings.admits(c.meetings());
            if (shown) {
                rows.add(new StructureRow(s.ref, s.name, pages.legalForm(s.legalForm), s.siret, s.department, s.sector,
                        s.contactName, s.email, s.representatives, pages.pitch(s.pitchStatus), c.requests(), c.meetings()));
            }
        }
        String notice = saved != null ? words.savedNotice(saved) : deleted != null ? words.deletedNotice(deleted) : null;
        List<Option> departments = present(structures.stream().map(s -> s.department), department);
        List<Option> sectors = present(structures.stream().map(s -> s.sector), sector);
        return console.localized(Templates.list(console.frame(words.structuresTitle(), event, ConsoleSection.STRUCTURES),
                id, q == null ? "" : q, withAll(legalForms(legalForm)), departments, sectors,
                withAll(pitches(pitch, true)), pages.meetingsOptions(meetings), rows,
                words.structuresCount(structures.size(), rows.size()), notice));
    }

    @GET
    @Path("/new")
    public Response newStructure(@PathParam("id") long id) {
        return form(events.require(id), StructureForm.blank(), null, FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("id") long id, @RestForm String ref, @RestForm String name,
                           @RestForm String legalForm, @RestForm String siret, @RestForm String department,
                           @RestForm String sector, @RestForm String contactName, @RestForm String email,
                           @RestForm String representatives, @RestForm String maxMeetings, @RestForm String pitchStatus,
                           @RestForm String pitchRank, @RestForm String language, @RestForm List<String> windowDate,
                           @RestForm List<String> windowStart, @RestForm List<String> windowEnd) {
        Event event = events.require(id);
        StructureForm form = new StructureForm(ref, name, legalForm, siret, department, sector, contactName, email,
                representatives, maxMeetings, pitchStatus, pitchRank, language,
                TypedForm.windows(windowDate, windowStart, windowEnd));
        try {
            StructureInput input = TypedForm.checked(typed -> form.input(ref, typed),
                    given -> ParticipantFields.validStructure(given, event.date));
            Registered<Structure> created = registrations.createStructure(id, input);
            Structure structure = created.participant();
            return pages.created(console.frame(pages.words().newStructureTitle(), event, ConsoleSection.STRUCTURES),
                    pages.words().structureAdded(structure.displayName(), structure.ref), structure, created.token(),
                    ConsoleSection.STRUCTURES.href(id));
        } catch (InvalidInputException e) {
            return form(event, form, null, problems(e, form), null, 422);
        } catch (ConflictException e) {
            return form(event, form, null, FieldProblems.none(), console.refused(e.text()), 409);
        }
    }

    @GET
    @Path("/{ref}/edit")
    @Transactional
    public Response edit(@PathParam("id") long id, @PathParam("ref") String ref) {
        Structure structure = registrations.structure(id, ref);
        return form(structure.event, StructureForm.of(ParticipantFields.input(structure.toData(), structure.event.date),
                structure.language), structure.displayName(), FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/{ref}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @PathParam("ref") String ref, @RestForm String name,
                         @RestForm String legalForm, @RestForm String siret, @RestForm String department,
                         @RestForm String sector, @RestForm String contactName, @RestForm String email,
                         @RestForm String representatives, @RestForm String maxMeetings, @RestForm String pitchStatus,
                         @RestForm String pitchRank, @RestForm String language, @RestForm List<String> windowDate,
                         @RestForm List<String> windowStart, @RestForm List<String> windowEnd) {
        Event event = events.require(id);
        Structure stored = registrations.structure(id, ref);
        StructureForm form = new StructureForm(stored.ref, name, legalForm, siret, department, sector, contactName, email,
                representatives, maxMeetings, pitchStatus, pitchRank, language,
                TypedForm.windows(windowDate, windowStart, windowEnd));
        try {
            StructureInput input = TypedForm.checked(typed -> form.input(null, typed),
                    given -> ParticipantFields.validStructure(given, event.date));
            Structure structure = registrations.updateStructure(id, ref, input);
            return ParticipantPages.back(ConsoleSection.STRUCTURES.href(id), "saved", structure.displayName());
        } catch (InvalidInputException e) {
            return form(event, form, stored.displayName(), problems(e, form), null, 422);
        } catch (ConflictException e) {
            return form(event, form, stored.displayName(), FieldProblems.none(), console.refused(e.text()), 409);
        }
    }

    @GET
    @Path("/{ref}/delete")
    @Transactional
    public Response confirmDelete(@PathParam("id") long id, @PathParam("ref") String ref) {
        Structure structure = registrations.structure(id, ref);
        return pages.confirmDelete(structure, ConsoleSection.STRUCTURES, pages.words().deleteStructureTitle(structure.displayName()));
    }

    @POST
    @Path("/{ref}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @PathParam("ref") String ref) {
        String name = registrations.structure(id, ref).displayName();
        registrations.deleteStructure(id, ref);
        return ParticipantPages.back(ConsoleSection.STRUCTURES.href(id), "deleted", name);
    }

    /** A filter left on "all" admits everything; otherwise the value must be the one chosen. */
    private static boolean chosen(String filter, String value) {
        return filter == null || filter.isBlank() || filter.equals(value);
    }

    private List<Option> legalForms(String chosen) {
        return Arrays.stream(LegalForm.values())
                .map(f -> new Option(f.name(), pages.legalForm(f), f.name().equals(chosen))).toList();
    }

    /** The pitch statuses; in the filter, also "no application". */
    private List<Option> pitches(String chosen, boolean withNone) {
        Stream<Option> none = withNone ? Stream.of(new Option(NO_PITCH, pages.pitch(null), NO_PITCH.equals(chosen)))
                : Stream.empty();
        return Stream.concat(none, Arrays.stream(PitchStatus.values())
                .map(p -> new Option(p.name(), pages.pitch(p), p.name().equals(chosen)))).toList();
    }

    /** The values the event's structures have, sorted, to filter on, after "all". */
    private List<Option> present(Stream<String> values, String chosen) {
        return withAll(values.filter(Objects::nonNull).distinct().sorted()
                .map(v -> new Option(v, v, v.equals(chosen))).toList());
    }

    private List<Option> withAll(List<Option> options) {
        return unchosen(pages.words().filterAll(), options);
    }

    /** A form's list starts with its empty choice ("choose…", "no application"), chosen when no other is. */
    private static List<Option> unchosen(String label, List<Option> options) {
        boolean none = options.stream().noneMatch(Option::selected);
        return Stream.concat(Stream.of(new Option("", label, none)), options.stream()).toList();
    }

    private FieldProblems problems(InvalidInputException e, StructureForm form) {
        return console.problems(TypedForm.placed(e.problems()), "", form.fieldIds()::contains);
    }

    /** The form to add a structure ({@code editing} null) or to edit the one of that name. */
    private Response form(Event event, StructureForm form, String editing, FieldProblems problems, String refusal,
                          int status) {
        boolean adding = editing == null;
        ParticipantsMessages words = pages.words();
        String list = ConsoleSection.STRUCTURES.href(event.id);
        String title = adding ? words.newStructureTitle() : words.editStructureTitle(editing);
        String action = adding ? list + "/new" : list + "/" + form.ref() + "/edit";
        return Response.status(status).entity(console.localized(Templates.form(
                console.frame(title, event, ConsoleSection.STRUCTURES), form, adding,
                unchosen(pages.words().choose(), legalForms(form.legalForm())),
                unchosen(pages.pitch(null), pitches(form.pitchStatus(), false)), pages.languageOptions(form.language()), problems, refusal, action,
                list))).build();
    }
}
