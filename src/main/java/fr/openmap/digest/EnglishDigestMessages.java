package fr.openmap.digest;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** Every word of the request digest in English. */
@Localized("en")
public interface EnglishDigestMessages extends DigestMessages {

    @Override
    @Message("{#if count == 1}News{#else}{count} news{/if} in your meeting requests — {title}")
    String subject(int count, String title);

    @Override
    @Message("Hello {name},")
    String hello(String name);

    @Override
    @Message("Here is what changed in your meeting requests for the matinale “{title}”:")
    String intro(String title);

    @Override
    @Message("{name} asks you for a meeting (priority: {priority}).")
    String newRequest(String name, String priority);

    @Override
    @Message("{name} accepted your meeting request.")
    String accepted(String name);

    @Override
    @Message("{name} declined your meeting request.")
    String declined(String name);

    @Override
    @Message("Answer requests and follow yours on your personal page")
    String personalPage();

    @Override
    @Message("This link is personal: do not pass it on.")
    String keepPrivate();

    @Override
    @Message("Kind regards,")
    String regards();

    @Override
    @Message("The OpenMap Rencontres team")
    String team();
}
