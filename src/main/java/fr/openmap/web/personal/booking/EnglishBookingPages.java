package fr.openmap.web.personal.booking;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of a buyer's booking page in English. */
@Localized("en")
public interface EnglishBookingPages extends BookingPages {

    @Override
    @Message("Book your meetings")
    String title();

    @Override
    @Message("Choose a free slot and the structure to meet in it, among those whose meeting request is accepted. A booked meeting no longer moves when the organizer builds the timetable.")
    String intro();

    @Override
    @Message("You have no table: you cannot book meetings. Write to the organizer.")
    String noTable();

    @Override
    @Message("No accepted request is left to book: when a structure accepts your request, or you accept theirs, you will be able to book a slot with it.")
    String nothingToBook();

    @Override
    @Message("Your slots")
    String gridCaption();

    @Override
    @Message("Slot")
    String slot();

    @Override
    @Message("State")
    String state();

    @Override
    @Message("Meeting")
    String meeting();

    @Override
    @Message("free")
    String free();

    @Override
    @Message("booked")
    String taken();

    @Override
    @Message("unavailable")
    String unavailable();

    @Override
    @Message("Structure to meet at {time}")
    String structureAt(String time);

    @Override
    @Message("Book")
    String book();

    @Override
    @Message("Cancel the booking")
    String cancel();

    @Override
    @Message("Cancel the booking with {name} at {time}")
    String cancelLabel(String name, String time);

    @Override
    @Message("None of the structures left to book is free in this slot.")
    String noneFree();

    @Override
    @Message("You are not available in this slot.")
    String youAreUnavailable();

    @Override
    @Message("Meeting booked.")
    String booked();

    @Override
    @Message("Booking cancelled.")
    String cancelled();

    @Override
    @Message("The meeting was not booked: {why}.")
    String refused(String why);

    @Override
    @Message("The booking was not cancelled: {why}.")
    String cancelRefused(String why);

    @Override
    @Message("Buyers book their slots themselves (otherwise only the timetable places the meetings)")
    String settingsBuyerBooking();
}
