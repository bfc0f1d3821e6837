package fr.openmap.web.console.print;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the printing page, in French (the default); {@link EnglishPrintPages} says them in English. */
@MessageBundle(value = "printpages", locale = "fr")
public interface PrintPages {

    @Message("Documents à imprimer")
    String title();

    @Message("Pour le jour de la matinale, au cas où le Wi-Fi ou les téléphones font défaut. Les agendas, les panneaux de table et le plan de salle reprennent les agendas tels qu'ils ont été envoyés aux participants. Chaque document est un PDF au format A4.")
    String intro();

    @Message("Le planning a changé depuis l'envoi des agendas\u00a0: {changed} agenda(s) modifié(s), {unsent} jamais envoyé(s). Les documents impriment les agendas envoyés\u00a0; envoyez d'abord les agendas pour imprimer le planning actuel.")
    String changedSinceSent(int changed, int unsent);

    @Message("Envoyer les agendas")
    String agendasLink();

    @Message("Livret des agendas")
    String booklet();

    @Message("l'agenda de chaque participant, un par page, par ordre alphabétique, pour l'accueil")
    String bookletHolds();

    @Message("Panneaux de table")
    String tableSigns();

    @Message("une page paysage par table\u00a0: le numéro en grand, l'acheteur (organisme et service) et ses rendez-vous")
    String tableSignsHolds();

    @Message("Plan de salle")
    String wallChart();

    @Message("les créneaux en lignes, les tables en colonnes, l'acheteur et la structure de chaque rendez-vous, pour le mur de la salle")
    String wallChartHolds();

    @Message("Badges")
    String badges();

    @Message("un par participant\u00a0: nom, organisation, bande de couleur du rôle (bleu acheteur, vert structure), QR code et code d'accueil")
    String badgesHolds();

    @Message("Ordre de passage des pitches")
    String runningOrder();

    @Message("les structures retenues dans leur ordre de passage, avec leurs horaires")
    String runningOrderHolds();

    @Message("{count} {#if count == 1}page{#else}pages{/if}")
    String pages(int count);

    @Message("{tables} {#if tables == 1}table{#else}tables{/if} × {slots} {#if slots == 1}créneau{#else}créneaux{/if}")
    String tablesBySlots(int tables, int slots);

    @Message("{count} {#if count == 1}pitch{#else}pitches{/if}")
    String pitches(int count);

    @Message("Agendas individuels")
    String oneAgenda();

    @Message("L'agenda d'un seul participant, tel qu'il l'a reçu (une page, avec un QR code vers sa page personnelle).")
    String oneAgendaIntro();

    @Message("Agenda de {name} (PDF)")
    String agendaOf(String name);
}
