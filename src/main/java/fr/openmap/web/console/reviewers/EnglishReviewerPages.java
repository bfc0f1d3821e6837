package fr.openmap.web.console.reviewers;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The console's pitch committee page in English. */
@Localized("en")
public interface EnglishReviewerPages extends ReviewerPages {

    @Override
    @Message("Pitch selection committee")
    String title();

    @Override
    @Message("Each member is emailed a personal link to their review page. There they read the applications given to them, score them and can declare a conflict of interest with a structure. Members do not see each other's scores.")
    String intro();

    @Override
    @Message("{applications} application{#if applications > 1}s{/if} received")
    String applications(int applications);

    @Override
    @Message("The committee has no member yet.")
    String noMember();

    @Override
    @Message("Name")
    String colName();

    @Override
    @Message("Email")
    String colEmail();

    @Override
    @Message("Progress")
    String colProgress();

    @Override
    @Message("Conflicts of interest")
    String colConflicts();

    @Override
    @Message("Actions")
    String colActions();

    @Override
    @Message("{scored} of {assigned} scored")
    String progress(int scored, int assigned);

    @Override
    @Message("done")
    String finished();

    @Override
    @Message("Remove")
    String remove();

    @Override
    @Message("Remove {name} from the committee")
    String removeNamed(String name);

    @Override
    @Message("Add a member")
    String addTitle();

    @Override
    @Message("Language of the emails")
    String language();

    @Override
    @Message("French")
    String french();

    @Override
    @Message("English")
    String english();

    @Override
    @Message("Add and send the link")
    String add();

    @Override
    @Message("{name} is on the committee; their review link is being emailed to them.")
    String added(String name);

    @Override
    @Message("{name} is no longer on the committee.")
    String removed(String name);

    @Override
    @Message("The sharing is saved.")
    String shared();

    @Override
    @Message("{count} reminder{#if count > 1}s{/if} sent.")
    String reminded(int count);

    @Override
    @Message("Sharing the applications")
    String shareTitle();

    @Override
    @Message("Every member reviews every application")
    String shareEveryone();

    @Override
    @Message("A number of members per application, shared out evenly")
    String sharePer();

    @Override
    @Message("Members per application")
    String perApplication();

    @Override
    @Message("A member is never given an application they declared a conflict of interest with; an application they already scored stays theirs.")
    String shareHint();

    @Override
    @Message("Save the sharing")
    String saveShare();

    @Override
    @Message("Reminding the members")
    String remindTitle();

    @Override
    @Message("Prepare a reminder")
    String prepareReminder();

    @Override
    @Message("Reminder to the committee members")
    String remindConfirmTitle();

    @Override
    @Message("{count} reminder{#if count > 1}s{/if} will be sent:")
    String remindCount(int count);

    @Override
    @Message("{name}: {left} application{#if left > 1}s{/if} to score")
    String remindLine(String name, int left);

    @Override
    @Message("Nothing to remind: every member has scored all the applications given to them.")
    String nothingToRemind();

    @Override
    @Message("Send {count} reminder{#if count > 1}s{/if}")
    String sendReminders(int count);

    @Override
    @Message("Remove a committee member")
    String removeConfirmTitle();

    @Override
    @Message("{name} ({email}) will no longer be on the committee and their review link will stop working.")
    String removeEffect(String name, String email);

    @Override
    @Message("{#if count == 0}They have not scored anything yet.{#else}{count} review{#if count > 1}s{/if} of theirs will be deleted and no longer count in the ranking.{/if}")
    String removeReviews(long count);

    @Override
    @Message("Remove {name}")
    String confirmRemove(String name);

    @Override
    @Message("Cancel")
    String cancel();

    @Override
    @Message("Back to the committee")
    String back();
}
