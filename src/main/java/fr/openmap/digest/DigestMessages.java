package fr.openmap.digest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every word of the request digest, subject included, in French; {@link EnglishDigestMessages} in English. */
@MessageBundle(value = "digest", locale = "fr")
public interface DigestMessages {

    @Message("{#if count == 1}Du nouveau{#else}{count} nouvelles{/if} dans vos demandes de rendez-vous — {title}")
    String subject(int count, String title);

    @Message("Bonjour {name},")
    String hello(String name);

    @Message("Voici ce qui a changé dans vos demandes de rendez-vous pour la matinale « {title} »\u00a0:")
    String intro(String title);

    @Message("{name} vous demande un rendez-vous (priorité\u00a0: {priority}).")
    String newRequest(String name, String priority);

    @Message("{name} a accepté votre demande de rendez-vous.")
    String accepted(String name);

    @Message("{name} a décliné votre demande de rendez-vous.")
    String declined(String name);

    @Message("Répondez aux demandes et suivez les vôtres sur votre page personnelle")
    String personalPage();

    @Message("Ce lien est personnel\u00a0: ne le transmettez pas.")
    String keepPrivate();

    @Message("Bien cordialement,")
    String regards();

    @Message("L'équipe OpenMap Rencontres")
    String team();
}
