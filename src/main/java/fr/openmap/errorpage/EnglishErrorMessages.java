package fr.openmap.errorpage;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The error page's words in English. */
@Localized("en")
public interface EnglishErrorMessages extends ErrorMessages {

    @Override
    @Message("Page not found")
    String notFoundTitle();

    @Override
    @Message("This address leads to no page. Check it, or start again from the home page.")
    String notFound();

    @Override
    @Message("Access denied")
    String forbiddenTitle();

    @Override
    @Message("Your access does not allow you to open this page.")
    String forbidden();

    @Override
    @Message("Error")
    String failedTitle();

    @Override
    @Message("Something went wrong: the operation was not carried out. Try again in a moment.")
    String failed();

    @Override
    @Message("Request refused")
    String refusedTitle();

    @Override
    @Message("This request could not be handled.")
    String refused();

    @Override
    @Message("Back to the home page")
    String home();
}
