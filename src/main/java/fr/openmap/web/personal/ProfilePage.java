package fr.openmap.web.personal;

import fr.openmap.access.PersonalSession;
import fr.openmap.access.Roles;
import fr.openmap.i18n.Language;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.LegalForm;
import fr.openmap.registration.Participant;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.registration.StructureInput;
import fr.openmap.registration.Unavailability;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problem;
import fr.openmap.validation.Problems;
import fr.openmap.web.console.EventFormPage.Option;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.publicpages.RegisterPage;
import fr.openmap.web.publicpages.RegistrationForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A participant's own registration, to read and change: the event file's fields of their side, their offer or
 * needs, the language of their emails and space; not what the organizers set (table, approval, pitch, ref), which
 * is shown read-only. Saved by {@link RegistrationService} as the API's {@code PUT …/buyers/{ref}} is; a refused
 * form comes back as typed with each problem in words next to its field (422), and nothing is stored.
 */
@Path("/p/{eventId}/{ref}/profile")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.BUYER, Roles.STRUCTURE})
public class ProfilePage {

    private static final Set<String> BUYER_FIELDS = withLanguage(RegistrationForm.BUYER_FIELDS);
    private static final Set<String> STRUCTURE_FIELDS = withLanguage(RegistrationForm.STRUCTURE_FIELDS);

    @Inject
    PersonalSpace space;
    @Inject
    RegistrationService registrations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PersonalFrame frame, String action, String kind, RegistrationForm form,
                                            String language,
                                            List<Option> legalForms, List<String> organizerSet, String notice,
                                            FieldProblems problems, boolean readOnly);
    }

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                                 @QueryParam("done") String done) {
        Participant me = space.me(eventId, ref);
        return form(me, typed(me), me.language, "saved".equals(done) ? space.words().profileSaved() : null,
                FieldProblems.none());
    }

    /**
     * {@code me}'s registration for the organizer's read-only view (the console's "voir comme", after
     * PersonalSpace#asOrganizer): every field disabled, no button.
     */
    @RolesAllowed(Roles.ORGANIZER)
    @Transactional
    public TemplateInstance readOnly(Participant me) {
        return form(me, typed(me), me.language, null, FieldProblems.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                         @BeanParam RegisterPage.Typed typed, @RestForm String language) {
        Participant me = space.me(eventId, ref);
        boolean buyer = me instanceof Buyer;
        RegistrationForm form = typed.form();
        Problems typing = new Problems();
        BuyerInput buyerInput = null;
        StructureInput structureInput = null;
        if (buyer) {
            BuyerInput in = form.buyer(typing);
            buyerInput = new BuyerInput(null, in.organization(), in.service(), in.contactName(), in.email(),
                    in.interests(), in.unavailable(), in.maxMeetings(), null, language, in.needs(), null, null);
        } else {
            StructureInput in = form.structure(typing);
            structureInput = new StructureInput(null, in.name(), in.legalForm(), in.siret(), in.department(), in.sector(),
                    in.contactName(), in.email(), in.representatives(), in.unavailable(), in.maxMeetings(), null,
                    language, in.offer(), null, null);
        }
        try {
            if (!typing.isEmpty()) {
                // unreadable windows: the form comes back with them and every other problem the rules find
                List<Problem> all = new ArrayList<>(typing.list());
                all.addAll(problemsOf(buyerInput, structureInput, me.event.date));
                throw new InvalidInputException(all);
            }
            if (buyer) {
                registrations.updateBuyer(eventId, ref, buyerInput);
            } else {
                registrations.updateStructure(eventId, ref, structureInput);
            }
        } catch (InvalidInputException e) {
            List<Problem> problems = RegistrationForm.onFields(e.problems());
            Set<String> fields = buyer ? BUYER_FIELDS : STRUCTURE_FIELDS;
            return Response.status(422).entity(form(space.me(eventId, ref), form, language, null,
                    FieldProblems.of(problems, "", fields::contains, space.language()))).build();
        }
        // the language just chosen is the page's from now on: no ?lang= carried over
        return Response.seeOther(URI.create(PersonalSession.pagePath(eventId, ref) + "/profile?done=saved")).build();
    }

    private static List<Problem> problemsOf(BuyerInput buyer, StructureInput structure, java.time.LocalDate day) {
        try {
            if (buyer != null) {
                ParticipantFields.validBuyer(buyer, day);
            } else {
                ParticipantFields.validStructure(structure, day);
            }
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    private TemplateInstance form(Participant me, RegistrationForm form, String language, String notice,
                                  FieldProblems problems) {
        Language lang = space.language();
        List<Option> legalForms = Arrays.stream(LegalForm.values())
                .map(f -> new Option(f.name(), f.label().in(lang))).toList();
        return space.localized(Templates.form(space.frame(space.words().profileTitle(), PersonalSection.PROFILE),
                PersonalSession.pagePath(me.event.id, me.ref) + "/profile", me instanceof Buyer ? "buyer" : "structure", form, Language.of(language).code, legalForms, organizerSet(me, lang), notice,
                problems, space.readOnly()));
    }

    /** What the organizers decide and the participant reads only: their table, a pending approval, the pitch. */
    private List<String> organizerSet(Participant me, Language lang) {
        PersonalMessages words = space.words();
        List<String> set = new ArrayList<>();
        if (me instanceof Buyer b && b.table != null && !b.table.isBlank()) {
            set.add(words.buyerTable() + " " + b.table);
        }
        if (!me.approved()) {
            set.add(words.approvalPending());
        }
        if (me instanceof Structure s && s.pitchStatus == PitchStatus.SELECTED) {
            set.add(words.pitchSelected());
        }
        return set;
    }

    /** The registration as the form shows it: the same texts one would type. */
    private static RegistrationForm typed(Participant me) {
        if (me instanceof Buyer b) {
            return new RegistrationForm(b.organization, b.service, String.join(", ", b.interests), b.needs, "", "", "",
                    "", "", "", "", b.contactName, b.email, number(b.maxMeetings), windows(b.unavailable, b));
        }
        Structure s = (Structure) me;
        return new RegistrationForm("", "", "", "", s.name, s.legalForm == null ? "" : s.legalForm.name(), s.siret,
                s.department, s.sector, s.offer, String.valueOf(s.representatives), s.contactName, s.email,
                number(s.maxMeetings), windows(s.unavailable, s));
    }

    /** "12:00-12:30, 2018-05-18 09:00-10:00": the date only when not the event's day, as the form reads windows. */
    private static String windows(List<Unavailability> windows, Participant me) {
        return windows.stream().map(w -> (w.date == null || w.date.equals(me.event.date) ? "" : w.date + " ")
                + w.start + "-" + w.end).collect(Collectors.joining(", "));
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static Set<String> withLanguage(Set<String> fields) {
        Set<String> all = new HashSet<>(fields);
        all.add("language");
        return Set.copyOf(all);
    }

    @ServerExceptionMapper({UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
            NotFoundException.class, fr.openmap.access.ForbiddenException.class})
    Response invalidLink() {
        return space.invalidLink();
    }
}
