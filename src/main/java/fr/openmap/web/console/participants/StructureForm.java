package fr.openmap.web.console.participants;

import fr.openmap.registration.StructureInput;
import fr.openmap.validation.Problem;
import fr.openmap.web.console.participants.TypedForm.WindowRow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static fr.openmap.web.console.participants.TypedForm.blankIfNull;
import static fr.openmap.web.console.participants.TypedForm.blankToNull;

/** The structure form as typed: every field of a structure's registration, its pitch status and rank (the organizer's) included. */
public record StructureForm(String ref, String name, String legalForm, String siret, String department, String sector,
                            String contactName, String email, String representatives, String maxMeetings,
                            String pitchStatus, String pitchRank, String language, List<WindowRow> windows) {

    static StructureForm blank() {
        return new StructureForm("", "", "", "", "", "", "", "", "1", "", "", "", "fr", List.of());
    }

    /** The form of a stored structure, from the registration's own view of it. */
    static StructureForm of(StructureInput s, String language) {
        return new StructureForm(s.ref(), s.name(), s.legalForm(), s.siret(), s.department(), blankIfNull(s.sector()),
                s.contactName(), s.email(), blankIfNull(s.representatives()), blankIfNull(s.maxMeetings()),
                s.pitch() == null ? "" : blankIfNull(s.pitch().status()), s.pitch() == null ? "" : blankIfNull(s.pitch().rank()),
                language, TypedForm.windows(s.unavailable()));
    }

    /** The windows typed and empty lines to type more. */
    public List<WindowRow> windowRows() {
        return TypedForm.withBlankRows(windows);
    }

    /** The registration's input; a number that is not one is added to {@code problems}. */
    StructureInput input(String givenRef, List<Problem> problems) {
        Integer rank = TypedForm.number("pitch.rank", pitchRank, problems);
        StructureInput.PitchInput pitch = blankToNull(pitchStatus) == null && rank == null ? null
                : new StructureInput.PitchInput(blankToNull(pitchStatus), rank);
        return new StructureInput(blankToNull(givenRef), name, blankToNull(legalForm), siret, department, blankToNull(sector),
                contactName, email, TypedForm.number("representatives", representatives, problems), TypedForm.input(windows),
                TypedForm.number("maxMeetings", maxMeetings, problems), pitch, blankToNull(language));
    }

    /** The ids of the form's fields, where problems are shown. */
    Set<String> fieldIds() {
        Set<String> ids = new HashSet<>(Set.of("ref", "name", "legalForm", "siret", "department", "sector", "contactName",
                "email", "representatives", "maxMeetings", "pitch.status", "pitch.rank", "language", "unavailable"));
        ids.addAll(TypedForm.windowFieldIds(windows));
        return ids;
    }
}
