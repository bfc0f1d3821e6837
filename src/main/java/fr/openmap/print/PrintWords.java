package fr.openmap.print;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the printed documents, in French (the default); {@link EnglishPrintWords} says them in English.
 * An agenda's own words are the agenda email's ({@code agenda:} bundle), so paper and email say the same.
 */
@MessageBundle(value = "printdocs", locale = "fr")
public interface PrintWords {

    @Message("fr")
    String lang();

    @Message("Agenda de {name}")
    String agendaTitle(String name);

    @Message("Livret des agendas — {title}")
    String bookletTitle(String title);

    @Message("Votre page personnelle, à jour le jour même\u00a0:")
    String scanForPersonalPage();


    @Message("Panneaux de table — {title}")
    String tableSignsTitle(String title);

    @Message("Table")
    String table();

    @Message("Rendez-vous à cette table")
    String meetingsAtTable();

    @Message("Aucun rendez-vous à cette table.")
    String noMeetingAtTable();

    @Message("Plan de salle — {title}")
    String wallChartTitle(String title);

    @Message("Créneau")
    String slot();

    @Message("Badges — {title}")
    String badgesTitle(String title);

    @Message("Acheteur public")
    String roleBuyer();

    @Message("Structure de l'ESS")
    String roleStructure();

    @Message("Organisateur")
    String roleOrganizer();

    @Message("Code d'accueil")
    String checkInCode();

    @Message("Ordre de passage des pitches — {title}")
    String runningOrderTitle(String title);

    @Message("Ordre")
    String order();

    @Message("Horaire")
    String time();

    @Message("Structure")
    String structure();

}
