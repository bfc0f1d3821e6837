package fr.openmap.pitch;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The pitch notifications' words in English. */
@Localized("en")
public interface EnglishPitchMessages extends PitchMessages {

    @Override
    @Message("{#if update}Update: your pitch is selected{#else}Your pitch is selected{/if} — {title}")
    String selectedSubject(boolean update, String title);

    @Override
    @Message("{#if update}Update: your pitch application is on the waiting list{#else}Your pitch application is on the waiting list{/if} — {title}")
    String waitlistedSubject(boolean update, String title);

    @Override
    @Message("{#if update}Update: your pitch application{#else}Your pitch application{/if} — {title}")
    String notSelectedSubject(boolean update, String title);

    @Override
    @Message("A place has opened up, your pitch is selected — {title}")
    String promotedSubject(String title);

    @Override
    @Message("Hello {name},")
    String hello(String name);

    @Override
    @Message("{#if update}Things have changed since our last message: {structure}{#else}We are pleased to tell you that {structure}{/if} "
            + "is one of the structures selected to pitch at \"{title}\" on {date}{#if venue} ({venue}){/if}.")
    String selectedIntro(boolean update, String structure, String title, String date, String venue);

    @Override
    @Message("Your turn:")
    String yourTurn();

    @Override
    @Message("pitch no. {order}, from {start} to {end}")
    String pitchSlot(Integer order, String start, String end);

    @Override
    @Message("A coaching half-day is offered to help you prepare your pitch:")
    String coachingOffer();

    @Override
    @Message("{date} at {time}")
    String coachingAt(String date, String time);

    @Override
    @Message("During the pitches you will not be available for meetings: your meetings with public buyers are scheduled outside that time.")
    String selectedAvailability();

    @Override
    @Message("{#if update}Things have changed since our last message: the{#else}Thank you for applying to pitch at \"{title}\" on {date}. The{/if} application of {structure} is")
    String waitlistedIntro(boolean update, String structure, String title, String date);

    @Override
    @Message("on the waiting list, in position {position}")
    String waitlistPosition(Integer position);

    @Override
    @Message("If a selected structure withdraws, we will let you know at once. Whatever happens, you are expected at the meetings with public buyers.")
    String waitlistedAfter();

    @Override
    @Message("{#if update}Things have changed since our last message. {/if}Thank you for the application of {structure} to pitch at \"{title}\" on {date}. "
            + "We received many strong applications, and the committee could not select yours for a pitch this time.")
    String notSelectedIntro(boolean update, String structure, String title, String date);

    @Override
    @Message("We would be delighted to welcome you to the")
    String welcomeBefore();

    @Override
    @Message("one-to-one meetings with public buyers")
    String welcomeMeetings();

    @Override
    @Message("{#if venue} ({venue}){/if}: a chance to present your offer directly to the people who buy.")
    String welcomeAfter(String venue);

    @Override
    @Message("Good news: a place has opened up and {structure} is now")
    String promotedBefore(String structure);

    @Override
    @Message("selected to pitch")
    String promotedSelected();

    @Override
    @Message("at \"{title}\" on {date}{#if venue} ({venue}){/if}.")
    String promotedAfter(String title, String date, String venue);

    @Override
    @Message("Please confirm you will be there by replying to this message. During the pitches you will not be available for meetings.")
    String promotedConfirm();

    @Override
    @Message("Kind regards,")
    String regards();

    @Override
    @Message("The organizing team")
    String team();
}
