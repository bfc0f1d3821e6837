package fr.openmap.web.console.participants;

import fr.openmap.overview.ParticipantActivity;
import fr.openmap.registration.IssuedToken;
import fr.openmap.registration.LegalForm;
import fr.openmap.registration.Participant;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import fr.openmap.outbox.PersonalLinks;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

/**
 * What the buyer and structure pages share: their words, legal forms and pitch statuses in words, the page of
 * a participant just added (its personal link shown this once) and the confirmation of a deletion with what goes with it.
 */
@RequestScoped
public class ParticipantPages {

    @Inject
    Console console;
    @Inject
    PersonalLinks links;
    @Inject
    ParticipantActivity activity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance created(Frame frame, String notice, String link, String listHref, String editHref);

        static native TemplateInstance confirm(Frame frame, ParticipantActivity.Counts counts, boolean structure,
                                               String action, String cancelHref);
    }

    /** A choice of a list or a filter: its value, what the person reads, whether it is the one chosen. */
    public record Option(String value, String label, boolean selected) {
    }

    /** The with/without meetings filter of both lists. */
    enum Meetings {
        ANY, WITH, WITHOUT;

        static Meetings of(String value) {
            return "with".equals(value) ? WITH : "without".equals(value) ? WITHOUT : ANY;
        }

        boolean admits(long meetings) {
            return this == ANY || (this == WITH) == (meetings > 0);
        }
    }

    ParticipantsMessages words() {
        return console.language().messages(ParticipantsMessages.class);
    }

    List<Option> meetingsOptions(String chosen) {
        ParticipantsMessages words = words();
        Meetings meetings = Meetings.of(chosen);
        return List.of(new Option("", words.meetingsAny(), meetings == Meetings.ANY),
                new Option("with", words.meetingsWith(), meetings == Meetings.WITH),
                new Option("without", words.meetingsWithout(), meetings == Meetings.WITHOUT));
    }

    List<Option> languageOptions(String chosen) {
        ParticipantsMessages words = words();
        return List.of(new Option("fr", words.languageFr(), !"en".equals(chosen)),
                new Option("en", words.languageEn(), "en".equals(chosen)));
    }

    /** The legal form in words: "Entreprise d'insertion (EI)", "Établissement et service d'aide par le travail (ESAT)". */
    String legalForm(LegalForm form) {
        ParticipantsMessages w = words();
        return switch (form) {
            case EI -> w.legalFormEI();
            case ETTI -> w.legalFormETTI();
            case ACI -> w.legalFormACI();
            case AI -> w.legalFormAI();
            case EA -> w.legalFormEA();
            case ESAT -> w.legalFormESAT();
            case SCOP -> w.legalFormSCOP();
            case SCIC -> w.legalFormSCIC();
            case ASSOCIATION -> w.legalFormASSOCIATION();
            case ESUS -> w.legalFormESUS();
            case OTHER -> w.legalFormOTHER();
        };
    }

    /** Where a structure stands in the call for pitches, in words; none: it has not applied. */
    String pitch(PitchStatus status) {
        ParticipantsMessages w = words();
        if (status == null) {
            return w.pitchNone();
        }
        return switch (status) {
            case APPLIED -> w.pitchAPPLIED();
            case SELECTED -> w.pitchSELECTED();
            case WAITLISTED -> w.pitchWAITLISTED();
            case NOT_SELECTED -> w.pitchNOT_SELECTED();
            case WITHDRAWN -> w.pitchWITHDRAWN();
        };
    }

    /** A participant just added, with their personal link: shown this once, as the API answers the token once. */
    Response created(Frame frame, String notice, Participant participant, IssuedToken token, String listHref) {
        return Response.status(201).entity(console.localized(Templates.created(frame, notice,
                links.link(participant, token.token()), listHref, listHref + "/" + participant.ref + "/edit"))).build();
    }

    /** The confirmation of a deletion, with how many requests, bookings and meetings go with the participant. */
    Response confirmDelete(Participant participant, ConsoleSection section, String title) {
        String list = section.href(participant.event.id);
        return Response.ok(console.localized(Templates.confirm(console.frame(title, participant.event, section),
                activity.of(participant.event.id, participant.ref), participant instanceof Structure,
                list + "/" + participant.ref + "/delete", list))).build();
    }

    /** Back to a list after a change, saying what was done (the value is encoded, whatever a name holds). */
    static Response back(String listHref, String key, String value) {
        return Response.seeOther(UriBuilder.fromPath(listHref).queryParam(key, "{value}").build(value)).build();
    }
}
