package fr.openmap.web.personal.pitch;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of a structure's pitch page in English. */
@Localized("en")
public interface EnglishPitchApplicationPages extends PitchApplicationPages {

    @Override
    @Message("Apply to pitch")
    String title();

    @Override
    @Message("There is no call for pitches at this event.")
    String noCall();

    @Override
    @Message("The call for pitches is open until {date} at {time}. Present your structure in a few lines; the committee chooses the structures that will pitch to the public buyers.")
    String openUntil(String date, String time);

    @Override
    @Message("Presentation of the structure")
    String fieldPresentation();

    @Override
    @Message("Your offer for public buyers")
    String fieldOffer();

    @Override
    @Message("Social impact")
    String fieldSocialImpact();

    @Override
    @Message("References (one a line, optional)")
    String fieldReferences();

    @Override
    @Message("PDF dossier (optional, 5 MB at most)")
    String fieldDossier();

    @Override
    @Message("Send my application")
    String submit();

    @Override
    @Message("Your application was sent on {date} at {time}. The committee is reviewing it; you will be told its decision by email.")
    String applied(String date, String time);

    @Override
    @Message("Your application is recorded. The committee is reviewing it; you will be told its decision by email.")
    String appliedUndated();

    @Override
    @Message("Your pitch is selected: you pitch from {start} to {end}.")
    String selected(String start, String end);

    @Override
    @Message("Your pitch is selected: you will be told when you pitch.")
    String selectedNoTime();

    @Override
    @Message("Your application is on the waiting list, in position {position}. If a selected structure withdraws, we will tell you at once.")
    String waitlisted(int position);

    @Override
    @Message("Your application was not selected to pitch. You are expected at the bilateral meetings with the public buyers: ask for your meetings from your page.")
    String notSelected();

    @Override
    @Message("You withdrew your application to pitch.")
    String withdrawn();

    @Override
    @Message("Your application")
    String statusTitle();

    @Override
    @Message("PDF dossier attached ({kilobytes} KB).")
    String dossierSent(int kilobytes);

    @Override
    @Message("No PDF dossier attached.")
    String noDossier();

    @Override
    @Message("Withdraw my application")
    String withdraw();

    @Override
    @Message("Withdraw your application?")
    String confirmTitle();

    @Override
    @Message("Your application to pitch will be withdrawn; you cannot send another one. If your pitch was selected, your place goes to the first structure on the waiting list.")
    String confirmText();

    @Override
    @Message("Reason (optional)")
    String fieldReason();

    @Override
    @Message("Yes, withdraw my application")
    String confirmWithdraw();

    @Override
    @Message("No, keep my application")
    String keep();

    @Override
    @Message("Application sent. Thank you!")
    String appliedNotice();

    @Override
    @Message("Application withdrawn.")
    String withdrawnNotice();

}
