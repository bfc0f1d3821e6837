package fr.openmap.pitch;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the pitch notifications, subjects included, in French (the default);
 * {@link EnglishPitchMessages} says them in English. Parts the HTML version emphasizes are messages of their own.
 */
@MessageBundle(value = "pitch", locale = "fr")
public interface PitchMessages {

    @Message("{#if update}Mise à jour : votre pitch est retenu{#else}Votre pitch est retenu{/if} — {title}")
    String selectedSubject(boolean update, String title);

    @Message("{#if update}Mise à jour : votre candidature au pitch est sur liste d'attente{#else}Votre candidature au pitch est sur liste d'attente{/if} — {title}")
    String waitlistedSubject(boolean update, String title);

    @Message("{#if update}Mise à jour : votre candidature au pitch{#else}Votre candidature au pitch{/if} — {title}")
    String notSelectedSubject(boolean update, String title);

    @Message("Une place s'est libérée, votre pitch est retenu — {title}")
    String promotedSubject(String title);

    @Message("Bonjour {name},")
    String hello(String name);

    @Message("{#if update}Votre situation a changé depuis notre précédent message : {structure}{#else}Nous avons le plaisir de vous annoncer que {structure}{/if} "
            + "fait partie des structures retenues pour pitcher lors de la matinale « {title} », le {date}{#if venue} ({venue}){/if}.")
    String selectedIntro(boolean update, String structure, String title, String date, String venue);

    @Message("Votre passage :")
    String yourTurn();

    @Message("pitch n° {order}, de {start} à {end}")
    String pitchSlot(Integer order, String start, String end);

    @Message("Une demi-journée de coaching vous est proposée pour préparer votre pitch :")
    String coachingOffer();

    @Message("{date} à {time}")
    String coachingAt(String date, String time);

    @Message("Pendant les pitches, vous ne serez pas disponible pour des rendez-vous : vos rencontres avec les acheteurs publics sont planifiées en dehors de ce créneau.")
    String selectedAvailability();

    @Message("{#if update}Votre situation a changé depuis notre précédent message : la{#else}Merci pour votre candidature aux pitches de la matinale « {title} », le {date}. La{/if} candidature de {structure} est")
    String waitlistedIntro(boolean update, String structure, String title, String date);

    @Message("sur liste d'attente, en position {position}")
    String waitlistPosition(Integer position);

    @Message("Si une structure retenue se désiste, nous vous préviendrons aussitôt. Quoi qu'il arrive, vous êtes attendus aux rencontres avec les acheteurs publics.")
    String waitlistedAfter();

    @Message("{#if update}Votre situation a changé depuis notre précédent message. {/if}Merci pour la candidature de {structure} aux pitches de la matinale « {title} », le {date}. "
            + "Les candidatures ont été nombreuses et de grande qualité ; le comité n'a pas pu retenir la vôtre pour un pitch cette fois-ci.")
    String notSelectedIntro(boolean update, String structure, String title, String date);

    @Message("Nous serons ravis de vous accueillir aux")
    String welcomeBefore();

    @Message("rencontres bilatérales avec les acheteurs publics")
    String welcomeMeetings();

    @Message("{#if venue} ({venue}){/if} : c'est l'occasion de présenter votre offre directement à celles et ceux qui achètent.")
    String welcomeAfter(String venue);

    @Message("Bonne nouvelle : une place s'est libérée et {structure} est désormais")
    String promotedBefore(String structure);

    @Message("retenue pour pitcher")
    String promotedSelected();

    @Message("lors de la matinale « {title} », le {date}{#if venue} ({venue}){/if}.")
    String promotedAfter(String title, String date, String venue);

    @Message("Merci de nous confirmer votre présence en répondant à ce message. Pendant les pitches, vous ne serez pas disponible pour des rendez-vous.")
    String promotedConfirm();

    @Message("Bien cordialement,")
    String regards();

    @Message("L'équipe organisatrice")
    String team();
}
