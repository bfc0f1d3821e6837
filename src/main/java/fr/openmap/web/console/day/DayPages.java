package fr.openmap.web.console.day;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the day's pages (the welcome desk), in French (the default); {@link EnglishDayPages} in English. */
@MessageBundle(value = "daypages", locale = "fr")
public interface DayPages {

    @Message("Accueil le jour J")
    String title();

    @Message("Cherchez un participant par son nom ou son organisation, ou tapez le code imprimé sous le QR code de son badge.")
    String intro();

    @Message("Arrivées")
    String countsCaption();

    @Message("Attendus (avec des rendez-vous)")
    String expected();

    @Message("Tous les participants")
    String everyone();

    @Message("{arrived} arrivé(s) sur {total}")
    String arrivedOf(int arrived, int total);

    @Message("Nom ou organisation")
    String searchLabel();

    @Message("Chercher")
    String search();

    @Message("Code du badge")
    String codeLabel();

    @Message("Ouvrir")
    String open();

    @Message("Aucun participant ne correspond à «\u00a0{query}\u00a0».")
    String noResult(String query);

    @Message("Participant")
    String participant();

    @Message("Rôle")
    String role();

    @Message("Acheteur")
    String buyer();

    @Message("Structure")
    String structure();

    @Message("Rendez-vous")
    String meetings();

    @Message("Arrivée")
    String arrival();

    @Message("Arrivé(e) à {time}")
    String arrivedAt(String time);

    @Message("Pas encore arrivé(e)")
    String notArrived();

    @Message("Marquer arrivé(e)")
    String markArrived();

    @Message("Annuler l'arrivée")
    String undo();

    @Message("{name} est marqué(e) arrivé(e).")
    String markedArrived(String name);

    @Message("L'arrivée de {name} est annulée.")
    String undone(String name);

    @Message("Rafraîchir les chiffres")
    String refresh();

    @Message("Lien pour l'accueil")
    String staffLinkTitle();

    @Message("Un lien à donner aux personnes de l'accueil : il ouvre seulement cette page de la matinale, sans compte organisateur, jusqu'à ce que vous le révoquiez.")
    String staffLinkIntro();

    @Message("Lien créé à {time} :")
    String staffLinkCreatedAt(String time);

    @Message("Créer le lien d'accueil")
    String createStaffLink();

    @Message("Remplacer le lien (l'ancien ne marchera plus)")
    String replaceStaffLink();

    @Message("Révoquer le lien")
    String revokeStaffLink();

    @Message("Le lien d'accueil est révoqué : il n'ouvre plus rien.")
    String staffLinkRevoked();

    @Message("Lien non valide")
    String invalidTitle();

    @Message("Marquer absent(e)")
    String markAbsent();

    @Message("Annuler l'absence")
    String undoAbsent();

    @Message("Absent(e)")
    String absent();

    @Message("{name} est marqué(e) absent(e) ; ses rendez-vous sont signalés ci-dessous.")
    String markedAbsent(String name);

    @Message("L'absence de {name} est annulée.")
    String absenceUndone(String name);

    @Message("Rendez-vous libérés par les absents")
    String freedTitle();

    @Message("Horaire")
    String time();

    @Message("Table")
    String table();

    @Message("Absent(e)")
    String absentColumn();

    @Message("Devait rencontrer")
    String partner();

    @Message("Le rendez-vous est donné à {name} : les deux personnes concernées ont reçu un email et le voient sur leur page personnelle.")
    String replacedNotice(String name);

    @Message("{count} participant(s) marqué(s) absent(s) : leurs rendez-vous à venir sont signalés ci-dessous, avec les remplaçants possibles.")
    String absentAllNotice(int count);

    @Message("Marquer absents ceux qui ne sont pas arrivés")
    String absentAllTitle();

    @Message("Les participants attendus (qui ont des rendez-vous) et pas encore arrivés seront marqués absents ; leurs rendez-vous à partir de cette heure seront libérés et des remplaçants proposés. Une absence se corrige ensuite une par une.")
    String absentAllIntro();

    @Message("À partir de (HH:MM)")
    String absentAllFrom();

    @Message("Voir qui n'est pas arrivé")
    String absentAllPrepare();

    @Message("Tous les participants attendus sont arrivés ou déjà marqués absents : il n'y a personne à marquer.")
    String absentAllNobody();

    @Message("Marquer ces {count} participant(s) absent(s)")
    String absentAllConfirm(int count);

    @Message("{count} participant(s) attendu(s) ne sont pas arrivés ; leurs rendez-vous à partir de {from} seront libérés :")
    String absentAllCount(int count, String from);

    @Message("Retour à l'accueil")
    String back();

    @Message("Remplaçant proposé")
    String replacementColumn();

    @Message("Personne de disponible : aucun participant arrivé, libre à cette heure et ayant demandé ce rendez-vous.")
    String noCandidate();

    @Message("Donner ce rendez-vous à {name}")
    String giveTo(String name);

    @Message("poids de la demande : {weight}")
    String candidateWeight(int weight);

    @Message("ou à la place :")
    String orInstead();

    @Message("L'organisateur confirme les remplacements depuis sa console.")
    String replaceOrganizerOnly();

    @Message("Un remplaçant est un participant du même côté, arrivé, libre à ce créneau, avec une demande non déclinée envers ou depuis le partenaire, la plus forte d'abord. Confirmer prévient le partenaire et le remplaçant par email ; aucun autre rendez-vous ne bouge.")
    String replaceHint();
}
