package fr.openmap.web.console.timetable;

import fr.openmap.timetable.PublishedDifference;
import fr.openmap.timetable.solver.TimetableResult;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the timetable page, in French (the default); {@link EnglishTimetableMessages} says them in
 * English. Templates read them as {@code {timetablepages:title}}.
 */
@MessageBundle(value = "timetablepages", locale = "fr")
public interface TimetableMessages {

    @Message("Planning des rencontres")
    String title();

    @Message("Construire le planning")
    String buildButton();

    @Message("Repartir de zéro")
    String freshLabel();

    @Message("Ignore les agendas déjà envoyés : toutes les rencontres qu'ils annoncent peuvent alors changer. Sans cette"
            + " case, le calcul ne déplace ou n'annule une rencontre déjà annoncée que si rien d'autre n'est possible.")
    String freshHint();

    @Message("Calcul en cours")
    String solvingTitle();

    @Message("Depuis {elapsed}{#if best != null} ; meilleur plan trouvé jusqu'ici : {best.meetings} {#if best.meetings <= 1}rencontre{#else}rencontres{/if}, {best.structuresServed} {#if best.structuresServed <= 1}structure servie{#else}structures servies{/if} sur {best.structuresToServe}, poids {best.totalWeight}, {best.idleSlots} {#if best.idleSlots <= 1}créneau creux{#else}créneaux creux{/if}{/if}.")
    String progress(String elapsed, TimetableResult.Counts best);

    @Message("Arrêter")
    String stopButton();

    @Message("Le calcul s'arrête et garde le meilleur plan trouvé jusque-là.")
    String stopHint();

    @Message("Rafraîchir la page")
    String refresh();

    @Message("Aucun planning n'a encore été calculé pour cet événement.")
    String nothingYet();

    @Message("Le dernier calcul n'a pas abouti ; le planning précédent est conservé. Relancez le calcul.")
    String failed();

    @Message("Le calcul est lancé.")
    String started();

    @Message("Le calcul est arrêté ; le meilleur plan trouvé est conservé.")
    String stopped();

    @Message("Résultat")
    String resultTitle();

    @Message("Rencontres")
    String colMeetings();

    @Message("Structures servies")
    String colServed();

    @Message("{served} sur {servable}")
    String servedOf(int served, int servable);

    @Message("Créneaux creux")
    String colIdle();

    @Message("Poids des demandes satisfaites")
    String colWeight();

    @Message("Optimal : aucun planning ne peut faire mieux, la borne est atteinte.")
    String optimal();

    @Message("Pas prouvé optimal : la borne (ce qu'aucun planning ne peut dépasser) suppose {#if servable > served}{servable} structures servies, {/if}un poids de {boundWeight}{#if idle > 0} et aucun créneau creux{/if} ; ce planning en est à un poids de {weight}.")
    String notOptimal(long weight, long boundWeight, int served, int servable, int idle);

    @Message("Par rapport aux {d.sent} {#if d.sent <= 1}rencontre des agendas déjà envoyés{#else}rencontres des agendas déjà envoyés{/if} : {d.moved} {#if d.moved <= 1}déplacée{#else}déplacées{/if}, {d.cancelled} {#if d.cancelled <= 1}annulée{#else}annulées{/if}, {d.added} {#if d.added <= 1}ajoutée{#else}ajoutées{/if}.")
    String published(PublishedDifference d);

    @Message("Aucun agenda n'a encore été envoyé : ce planning ne change rien de ce qui a été annoncé.")
    String nothingPublished();

    @Message("Calculé en {duration}{#if fresh}, en repartant de zéro{/if}.")
    String solvedIn(String duration, boolean fresh);

    @Message("Planning par acheteur")
    String byBuyerTitle();

    @Message("Planning par acheteur : une ligne par acheteur et sa table, une colonne par créneau ; chaque case nomme la structure reçue.")
    String byBuyerCaption();

    @Message("Planning par structure")
    String byStructureTitle();

    @Message("Planning par structure : une ligne par structure, une colonne par créneau ; chaque case nomme l'acheteur et sa table.")
    String byStructureCaption();

    @Message("Acheteur")
    String colBuyer();

    @Message("Structure")
    String colStructure();

    @Message("table {label}")
    String table(String label);

    @Message("Légende")
    String legendTitle();

    @Message("P{priority}")
    String priorityMark(int priority);

    @Message("priorité {priority}{#if priority == 1} (la plus haute){/if} de la demande")
    String priorityLabel(int priority);

    @Message("R")
    String bookedMark();

    @Message("rencontre réservée à la main : le calcul ne la déplace pas")
    String bookedLabel();

    @Message("réservée")
    String bookedShort();

    @Message("É")
    String pinnedMark();

    @Message("Modifier à la main")
    String handEditTitle();

    @Message("Chaque modification est vérifiée par les règles du calcul ; une modification acceptée est épinglée : les calculs suivants la gardent.")
    String handEditHint();

    @Message("Rencontre")
    String handEditMeeting();

    @Message("Modification")
    String handEditAction();

    @Message("Déplacer au créneau choisi")
    String actionMove();

    @Message("Échanger avec la rencontre choisie")
    String actionSwap();

    @Message("Retirer du planning")
    String actionRemove();

    @Message("Épingler à son créneau")
    String actionPin();

    @Message("Désépingler")
    String actionUnpin();

    @Message("Créneau (pour un déplacement)")
    String handEditSlot();

    @Message("Autre rencontre (pour un échange)")
    String handEditOther();

    @Message("Appliquer")
    String handEditButton();

    @Message("Ajouter une rencontre laissée de côté")
    String addTitle();

    @Message("Paire")
    String addPair();

    @Message("Créneau")
    String addSlot();

    @Message("Ajouter")
    String addButton();

    @Message("La modification est faite et épinglée.")
    String edited();

    @Message("rencontre placée ou épinglée à la main : les calculs suivants la gardent")
    String pinnedLabel();

    @Message("épinglée")
    String pinnedShort();

    @Message("Paires laissées de côté")
    String leftOutTitle();

    @Message("{#if count == 1}1 paire demandée n'a pas de rencontre{#else}{count} paires demandées n'ont pas de rencontre{/if}, avec la raison de chacune.")
    String leftOutIntro(int count);

    @Message("Toutes les paires demandées ont leur rencontre.")
    String noneLeftOut();

    @Message("Raison")
    String colReason();

    @Message("Filtrer")
    String filtersTitle();

    @Message("L'acheteur choisi restreint le planning par acheteur et les paires laissées de côté ; la structure choisie, le planning par structure et les paires laissées de côté.")
    String filtersHint();

    @Message("Tous les acheteurs")
    String allBuyers();

    @Message("Toutes les structures")
    String allStructures();

    @Message("Filtrer")
    String filterButton();

    @Message("Tout afficher")
    String clearFilters();
}
