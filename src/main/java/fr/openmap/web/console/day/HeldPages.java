package fr.openmap.web.console.day;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the organizer's "meetings held" page, in French (the default); {@link EnglishHeldPages} in English. */
@MessageBundle(value = "heldpages", locale = "fr")
public interface HeldPages {

    @Message("Rendez-vous tenus")
    String title();

    @Message("Chaque participant peut dire depuis sa page personnelle, une fois le rendez-vous commencé, s'il a eu lieu. Un rendez-vous est tenu si au moins l'un des deux l'a dit et personne le contraire ; non tenu dans le cas inverse ; sinon inconnu : sans réponse, ou avis contraires.")
    String intro();

    @Message("Voir qui a tenu ses rendez-vous")
    String link();

    @Message("Retour à l'accueil le jour J")
    String backToDay();

    @Message("Rafraîchir")
    String refresh();

    @Message("Les agendas n'ont pas encore été envoyés : il n'y a pas encore de rendez-vous à suivre.")
    String nothingSent();

    @Message("{held} {#if held > 1}tenus{#else}tenu{/if} sur {total}")
    String heldOf(int held, int total);

    @Message("{notHeld} non {#if notHeld > 1}tenus{#else}tenu{/if}, {noAnswer} sans réponse, {contradictory} avec des avis contraires.")
    String totalDetails(int notHeld, int noAnswer, int contradictory);

    @Message("Par créneau")
    String slotsCaption();

    @Message("Créneau")
    String slot();

    @Message("Tenus")
    String held();

    @Message("Non tenus")
    String notHeld();

    @Message("Inconnus : sans réponse")
    String noAnswer();

    @Message("Inconnus : avis contraires")
    String contradictory();

    @Message("Rendez-vous")
    String meetings();

    @Message("pas encore commencé")
    String notBegun();

    @Message("Table")
    String table();

    @Message("Acheteur")
    String buyer();

    @Message("Structure")
    String structure();

    @Message("Son avis")
    String said();

    @Message("Résultat")
    String outcome();

    @Message("a eu lieu")
    String saidHeld();

    @Message("n'a pas eu lieu")
    String saidNotHeld();

    @Message("pas de réponse")
    String saidNothing();

    @Message("tenu")
    String outcomeHeld();

    @Message("non tenu")
    String outcomeNotHeld();

    @Message("inconnu (sans réponse)")
    String outcomeNoAnswer();

    @Message("inconnu (avis contraires)")
    String outcomeContradictory();
}
