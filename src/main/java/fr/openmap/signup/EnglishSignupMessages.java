package fr.openmap.signup;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The registration emails' words in English. */
@Localized("en")
public interface EnglishSignupMessages extends SignupMessages {

    @Override
    @Message("{#if pending}Your registration request is recorded{#else}Your registration is confirmed{/if} — {title}")
    String registeredSubject(boolean pending, String title);

    @Override
    @Message("Your personal link — {title}")
    String yourLinkSubject(String title);

    @Override
    @Message("Your registration is accepted — {title}")
    String approvedSubject(String title);

    @Override
    @Message("Your registration request was not accepted — {title}")
    String refusedSubject(String title);

    @Override
    @Message("Hello {name},")
    String hello(String name);

    @Override
    @Message("We have received your registration for the matinale \"{title}\" on {date}{#if venue} ({venue}){/if}.")
    String registeredIntro(String title, String date, String venue);

    @Override
    @Message("The organizers will review it; you will get an email as soon as they have decided.")
    String pendingNext();

    @Override
    @Message("Your place is booked. On your personal page you can see and change your registration; your meeting agenda will be there when it is ready.")
    String approvedNext();

    @Override
    @Message("Here is the link to your personal page for the matinale \"{title}\" on {date}, as asked on the event's page.")
    String yourLinkIntro(String title, String date);

    @Override
    @Message("If you did not ask for anything, ignore this message: nobody but you receives this link.")
    String notYou();

    @Override
    @Message("Good news: the organizers accepted your registration for the matinale \"{title}\" on {date}.")
    String approvedIntro(String title, String date);

    @Override
    @Message("The organizers did not accept your registration request for the matinale \"{title}\" on {date}.")
    String refusedIntro(String title, String date);

    @Override
    @Message("Reason:")
    String reason();

    @Override
    @Message("Your personal page")
    String personalPage();

    @Override
    @Message("Your personal page:")
    String personalPageFollows();

    @Override
    @Message("This link is personal: do not pass it on.")
    String keepPrivate();

    @Override
    @Message("A question? Write to {name}")
    String contact(String name);

    @Override
    @Message("Kind regards,")
    String regards();

    @Override
    @Message("The OpenMap Rencontres team")
    String team();
}
