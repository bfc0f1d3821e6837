package fr.openmap.web.console.participants;

import fr.openmap.registration.BuyerInput;
import fr.openmap.validation.Problem;
import fr.openmap.web.console.participants.TypedForm.WindowRow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static fr.openmap.web.console.participants.TypedForm.blankIfNull;
import static fr.openmap.web.console.participants.TypedForm.blankToNull;

/** The buyer form as typed: every field of a buyer's registration, the table (the organizer's) included. */
public record BuyerForm(String ref, String organization, String service, String contactName, String email,
                        String interests, String maxMeetings, String table, String language, List<WindowRow> windows) {

    static BuyerForm blank() {
        return new BuyerForm("", "", "", "", "", "", "", "", "fr", List.of());
    }

    /** The form of a stored buyer, from the registration's own view of it. */
    static BuyerForm of(BuyerInput b, String language) {
        return new BuyerForm(b.ref(), b.organization(), blankIfNull(b.service()), b.contactName(), b.email(),
                String.join("\n", b.interests() == null ? List.of() : b.interests()), blankIfNull(b.maxMeetings()),
                blankIfNull(b.table()), language, TypedForm.windows(b.unavailable()));
    }

    /** The windows typed and empty lines to type more. */
    public List<WindowRow> windowRows() {
        return TypedForm.withBlankRows(windows);
    }

    /** The registration's input; a number that is not one is added to {@code problems}. */
    BuyerInput input(String givenRef, List<Problem> problems) {
        return new BuyerInput(blankToNull(givenRef), organization, blankToNull(service), contactName, email,
                TypedForm.lines(interests), TypedForm.input(windows), TypedForm.number("maxMeetings", maxMeetings, problems),
                blankToNull(table), blankToNull(language));
    }

    /** The ids of the form's fields, where problems are shown. */
    Set<String> fieldIds() {
        Set<String> ids = new HashSet<>(Set.of("ref", "organization", "service", "contactName", "email", "interests",
                "maxMeetings", "table", "language", "unavailable"));
        ids.addAll(TypedForm.windowFieldIds(windows));
        return ids;
    }
}
