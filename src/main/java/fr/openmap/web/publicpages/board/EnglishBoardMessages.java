package fr.openmap.web.publicpages.board;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The live board's words in English. */
@Localized("en")
public interface EnglishBoardMessages extends BoardMessages {

    @Override
    @Message("Live meetings")
    String title();

    @Override
    @Message("The agendas have not been sent yet.")
    String nothingPublished();

    @Override
    @Message("Meetings start at {time}.")
    String startsAt(String time);

    @Override
    @Message("Networking is over. Thank you all!")
    String over();

    @Override
    @Message("Now, until {end}")
    String now(String end);

    @Override
    @Message("Change tables: next slot at {time}")
    String changeover(String time);

    @Override
    @Message("Next slot, at {time}")
    String next(String time);

    @Override
    @Message("Last slot.")
    String lastSlot();

    @Override
    @Message("Table")
    String table();

    @Override
    @Message("Public buyer")
    String buyer();

    @Override
    @Message("ESS structure")
    String structure();

    @Override
    @Message("Updated at {time}")
    String updatedAt(String time);
}
