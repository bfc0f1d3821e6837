package fr.openmap.errorpage;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the error page, in French (the default); {@link EnglishErrorMessages} in English. */
@MessageBundle(value = "errors", locale = "fr")
public interface ErrorMessages {

    @Message("Page introuvable")
    String notFoundTitle();

    @Message("Cette adresse ne mène à aucune page. Vérifiez-la, ou repartez de l'accueil.")
    String notFound();

    @Message("Accès refusé")
    String forbiddenTitle();

    @Message("Votre accès ne permet pas d'ouvrir cette page.")
    String forbidden();

    @Message("Erreur")
    String failedTitle();

    @Message("Une erreur est survenue\u00a0: l'opération n'a pas été effectuée. Réessayez dans un moment.")
    String failed();

    @Message("Demande refusée")
    String refusedTitle();

    @Message("Cette demande n'a pas pu être traitée.")
    String refused();

    @Message("Retour à l'accueil")
    String home();
}
