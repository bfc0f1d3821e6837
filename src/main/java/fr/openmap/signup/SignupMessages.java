package fr.openmap.signup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every word of the registration emails, subjects included, in French; {@link EnglishSignupMessages} in English. */
@MessageBundle(value = "signup", locale = "fr")
public interface SignupMessages {

    @Message("{#if pending}Votre demande d'inscription est enregistrée{#else}Votre inscription est confirmée{/if} — {title}")
    String registeredSubject(boolean pending, String title);

    @Message("Votre lien personnel — {title}")
    String yourLinkSubject(String title);

    @Message("Votre inscription est acceptée — {title}")
    String approvedSubject(String title);

    @Message("Votre demande d'inscription n'a pas été retenue — {title}")
    String refusedSubject(String title);

    @Message("Bonjour {name},")
    String hello(String name);

    @Message("Nous avons bien reçu votre inscription à la matinale « {title} », le {date}{#if venue} ({venue}){/if}.")
    String registeredIntro(String title, String date, String venue);

    @Message("L'équipe organisatrice va l'examiner\u00a0; vous recevrez un courriel dès qu'elle aura décidé.")
    String pendingNext();

    @Message("Votre place est réservée. Depuis votre page personnelle, vous pouvez consulter et modifier votre inscription\u00a0; vous y trouverez votre agenda de rendez-vous quand il sera prêt.")
    String approvedNext();

    @Message("Voici le lien de votre page personnelle pour la matinale « {title} », le {date}, comme demandé sur la page de l'événement.")
    String yourLinkIntro(String title, String date);

    @Message("Si vous n'avez rien demandé, ignorez ce message\u00a0: personne d'autre que vous ne reçoit ce lien.")
    String notYou();

    @Message("Bonne nouvelle\u00a0: l'équipe organisatrice a accepté votre inscription à la matinale « {title} », le {date}.")
    String approvedIntro(String title, String date);

    @Message("L'équipe organisatrice n'a pas retenu votre demande d'inscription à la matinale « {title} », le {date}.")
    String refusedIntro(String title, String date);

    @Message("Motif\u00a0:")
    String reason();

    @Message("Votre page personnelle")
    String personalPage();

    @Message("Votre page personnelle\u00a0:")
    String personalPageFollows();

    @Message("Ce lien est personnel\u00a0: ne le transmettez pas.")
    String keepPrivate();

    @Message("Une question\u00a0? Écrivez à {name}")
    String contact(String name);

    @Message("Bien cordialement,")
    String regards();

    @Message("L'équipe OpenMap Rencontres")
    String team();
}
