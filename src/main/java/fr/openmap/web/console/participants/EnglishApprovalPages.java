package fr.openmap.web.console.participants;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the registrations to approve, in English. */
@Localized("en")
public interface EnglishApprovalPages extends ApprovalPages {

    @Override
    @Message("Registrations to approve")
    String title();

    @Override
    @Message("{#if count == 0}No registration waits for your approval.{#else if count == 1}1 registration waits for your approval.{#else}{count} registrations wait for your approval.{/if}")
    String count(int count);

    @Override
    @Message("An approved registration is planned and gets its agenda; a refused one no longer takes a place. The participant gets an email either way, with the reason of a refusal.")
    String intro();

    @Override
    @Message("Waiting registrations")
    String caption();

    @Override
    @Message("Participant")
    String colParticipant();

    @Override
    @Message("Contact")
    String colContact();

    @Override
    @Message("Decision")
    String colDecision();

    @Override
    @Message("buyer")
    String buyer();

    @Override
    @Message("structure")
    String structure();

    @Override
    @Message("Approve")
    String approve();

    @Override
    @Message("Approve the registration of {name}")
    String approveLabel(String name);

    @Override
    @Message("Reason of the refusal for {name}")
    String reasonLabel(String name);

    @Override
    @Message("Refuse")
    String refuse();

    @Override
    @Message("Refuse the registration of {name}")
    String refuseLabel(String name);

    @Override
    @Message("Registration of {name} approved: an email tells them.")
    String approved(String name);

    @Override
    @Message("Registration of {name} refused: an email gives them the reason.")
    String refused(String name);

    @Override
    @Message("This registration no longer waits for a decision: it was already approved or refused.")
    String alreadyDecided();

    @Override
    @Message("See the public page")
    String publicPage();

    @Override
    @Message("To approve")
    String pendingRow();
}
