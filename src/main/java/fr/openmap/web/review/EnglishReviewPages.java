package fr.openmap.web.review;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** A committee member's review pages in English. */
@Localized("en")
public interface EnglishReviewPages extends ReviewPages {

    @Override
    @Message("Your applications to score")
    String title();

    @Override
    @Message("Hello {name}. You are on the pitch selection committee of the matinale \"{event}\" on {date}.")
    String hello(String name, String event, String date);

    @Override
    @Message("You do not see the other committee members' scores, and they do not see yours.")
    String privacy();

    @Override
    @Message("{scored} of {assigned} scored")
    String progress(int scored, int assigned);

    @Override
    @Message("No application is given to you yet.")
    String nothingAssigned();

    @Override
    @Message("Reviews are closed: the selection was made on {when}. Your scores stay recorded.")
    String frozen(String when);

    @Override
    @Message("Structure")
    String colStructure();

    @Override
    @Message("Your review")
    String colReview();

    @Override
    @Message("Scored")
    String scored();

    @Override
    @Message("To score")
    String toScore();

    @Override
    @Message("Score")
    String score();

    @Override
    @Message("Score {name}")
    String scoreNamed(String name);

    @Override
    @Message("Edit my review")
    String edit();

    @Override
    @Message("Edit my review of {name}")
    String editNamed(String name);

    @Override
    @Message("View")
    String view();

    @Override
    @Message("Your review of {name} is saved.")
    String saved(String name);

    @Override
    @Message("Your conflict of interest with {name} is recorded: this application is no longer given to you and a score of yours would not count.")
    String conflictDeclared(String name);

    @Override
    @Message("Your declaration of a conflict of interest is withdrawn.")
    String conflictWithdrawn();

    @Override
    @Message("Conflicts of interest declared")
    String conflictsTitle();

    @Override
    @Message("Withdraw the declaration")
    String withdrawConflict();

    @Override
    @Message("Withdraw the declaration for {name}")
    String withdrawConflictNamed(String name);

    @Override
    @Message("Back to your applications")
    String back();

    @Override
    @Message("The application")
    String answers();

    @Override
    @Message("About the structure")
    String presentation();

    @Override
    @Message("Offer for public buyers")
    String offer();

    @Override
    @Message("Social impact")
    String socialImpact();

    @Override
    @Message("References")
    String references();

    @Override
    @Message("PDF dossier")
    String dossier();

    @Override
    @Message("Open the PDF dossier")
    String openDossier();

    @Override
    @Message("No PDF dossier attached.")
    String noDossier();

    @Override
    @Message("Your review")
    String formTitle();

    @Override
    @Message("Score each criterion from 1 to 5.")
    String formHint();

    @Override
    @Message("(weight {weight})")
    String weight(String weight);

    @Override
    @Message("Insufficient")
    String level1();

    @Override
    @Message("Weak")
    String level2();

    @Override
    @Message("Fair")
    String level3();

    @Override
    @Message("Good")
    String level4();

    @Override
    @Message("Excellent")
    String level5();

    @Override
    @Message("Relevance for public buyers")
    String criterionRelevance();

    @Override
    @Message("Social impact")
    String criterionSocialImpact();

    @Override
    @Message("Innovation")
    String criterionInnovation();

    @Override
    @Message("Readiness to answer tenders")
    String criterionReadiness();

    @Override
    @Message("Comment (optional)")
    String comment();

    @Override
    @Message("Read by the organizing team with the ranking.")
    String commentHint();

    @Override
    @Message("Save my review")
    String save();

    @Override
    @Message("Conflict of interest")
    String conflictTitle();

    @Override
    @Message("If you have a link with this structure (you work there, advise it, someone close to you belongs to it…), declare it: it will no longer be given to you and a score of yours will not count. You can withdraw this declaration.")
    String conflictHint();

    @Override
    @Message("I declare a conflict of interest with {name}")
    String declareConflict(String name);

    @Override
    @Message("The form has errors: see the message next to each field.")
    String problemsIntro();

    @Override
    @Message("Link not valid")
    String invalidTitle();

    @Override
    @Message("This review link is not valid: it may have been replaced, or you are no longer on the committee. Ask the organizing team for a new link.")
    String invalidLink();

    @Override
    @Message("Access refused")
    String forbiddenTitle();

    @Override
    @Message("Page refused")
    String refusedTitle();
}
