package fr.openmap.web.personal.held;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of "did the meeting take place?" on the personal page, in English. */
@Localized("en")
public interface EnglishHeldMessages extends HeldMessages {

    @Override
    @Message("Did your meeting with {counterpart} take place?")
    String question(String counterpart);

    @Override
    @Message("The meeting took place")
    String held();

    @Override
    @Message("It did not take place")
    String notHeld();

    @Override
    @Message("You said that the meeting took place.")
    String saidHeld();

    @Override
    @Message("You said that the meeting did not take place.")
    String saidNotHeld();

    @Override
    @Message("Correct: it did not take place")
    String changeToNotHeld();

    @Override
    @Message("Correct: it took place")
    String changeToHeld();

    @Override
    @Message("Noted, thank you.")
    String saved();

    @Override
    @Message("No answer yet on whether this meeting took place.")
    String noAnswer();

    @Override
    @Message("Answer not recorded")
    String refusedTitle();

    @Override
    @Message("Your answer was not recorded.")
    String notRecorded();

    @Override
    @Message("Back to your agenda")
    String backToAgenda();
}
