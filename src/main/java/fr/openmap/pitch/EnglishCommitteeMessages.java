package fr.openmap.pitch;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The committee's emails in English. */
@Localized("en")
public interface EnglishCommitteeMessages extends CommitteeMessages {

    @Override
    @Message("Pitch selection committee — {title}")
    String invitationSubject(String title);

    @Override
    @Message("Reminder: {count} application{#if count > 1}s{/if} to score — {title}")
    String reminderSubject(int count, String title);

    @Override
    @Message("Hello {name},")
    String hello(String name);

    @Override
    @Message("You are on the committee that chooses the structures invited to pitch at the matinale \"{title}\" on {date}.")
    String invitationIntro(String title, String date);

    @Override
    @Message("On your review page you read each application given to you and its PDF dossier, score it criterion by criterion, and can declare a conflict of interest with a structure.")
    String invitationHow();

    @Override
    @Message("You have {count} application{#if count > 1}s{/if} left to score for the matinale \"{title}\" on {date}.")
    String reminderIntro(int count, String title, String date);

    @Override
    @Message("Your review page")
    String reviewPage();

    @Override
    @Message("Your review page:")
    String reviewPageFollows();

    @Override
    @Message("This link is personal: do not pass it on.")
    String keepPrivate();

    @Override
    @Message("Contact: {name}")
    String contact(String name);

    @Override
    @Message("The organizing team")
    String regards();
}
