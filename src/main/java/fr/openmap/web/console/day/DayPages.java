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
}
