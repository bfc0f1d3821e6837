package fr.openmap.web.console.participants;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the registrations to approve, in French (the default); {@link EnglishApprovalPages} says them in English. */
@MessageBundle(value = "approvalpages", locale = "fr")
public interface ApprovalPages {

    @Message("Inscriptions à approuver")
    String title();

    @Message("{#if count == 0}Aucune inscription n'attend votre approbation.{#else if count == 1}1 inscription attend votre approbation.{#else}{count} inscriptions attendent votre approbation.{/if}")
    String count(int count);

    @Message("Une inscription approuvée est planifiée et reçoit son agenda ; une inscription refusée ne prend plus de place. Le participant reçoit un courriel dans les deux cas, avec la raison du refus.")
    String intro();

    @Message("Inscriptions en attente")
    String caption();

    @Message("Participant")
    String colParticipant();

    @Message("Contact")
    String colContact();

    @Message("Décision")
    String colDecision();

    @Message("acheteur")
    String buyer();

    @Message("structure")
    String structure();

    @Message("Approuver")
    String approve();

    @Message("Approuver l'inscription de {name}")
    String approveLabel(String name);

    @Message("Raison du refus pour {name}")
    String reasonLabel(String name);

    @Message("Refuser")
    String refuse();

    @Message("Refuser l'inscription de {name}")
    String refuseLabel(String name);

    @Message("Inscription de {name} approuvée : un courriel l'en informe.")
    String approved(String name);

    @Message("Inscription de {name} refusée : un courriel lui en donne la raison.")
    String refused(String name);

    @Message("Cette inscription n'attend plus de décision : elle a déjà été approuvée ou refusée.")
    String alreadyDecided();

    @Message("Voir la page publique")
    String publicPage();

    @Message("À approuver")
    String pendingRow();
}
