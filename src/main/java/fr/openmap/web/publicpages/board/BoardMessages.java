package fr.openmap.web.publicpages.board;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every word of the live board shown at the venue, in French (the default); {@link EnglishBoardMessages} in English. */
@MessageBundle(value = "boardpages", locale = "fr")
public interface BoardMessages {

    @Message("Rencontres en direct")
    String title();

    @Message("Les agendas n'ont pas encore été envoyés.")
    String nothingPublished();

    @Message("Les rencontres commencent à {time}.")
    String startsAt(String time);

    @Message("Les rencontres sont terminées. Merci à toutes et à tous !")
    String over();

    @Message("En ce moment, jusqu'à {end}")
    String now(String end);

    @Message("Changement de table : prochain créneau à {time}")
    String changeover(String time);

    @Message("Créneau suivant, à {time}")
    String next(String time);

    @Message("Dernier créneau.")
    String lastSlot();

    @Message("Table")
    String table();

    @Message("Acheteur public")
    String buyer();

    @Message("Structure de l'ESS")
    String structure();

    @Message("Mis à jour à {time}")
    String updatedAt(String time);
}
