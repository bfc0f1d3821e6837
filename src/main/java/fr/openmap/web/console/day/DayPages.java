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
}
