package fr.openmap.api;

import fr.openmap.event.Event;
import fr.openmap.event.Slot;
import fr.openmap.registration.IssuedToken;
import fr.openmap.requests.Booking;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.validation.Written;

import java.time.ZoneId;
import java.util.List;

/** The JSON shapes the API answers with (besides the event file's own records). */
public final class ApiViews {

    private ApiViews() {
    }

    public record EventSummary(long id, String slug, String title, String date, String venue, int tables) {
        public static EventSummary of(Event e) {
            return new EventSummary(e.id, e.slug, e.title, e.date.toString(), e.venue, e.tables);
        }
    }

    /** The answer to an import: the new event's id and every participant's personal token, shown once. */
    public record Imported(long id, String slug, List<IssuedToken> tokens) {
    }

    public record SlotView(int index, int session, String date, String start, String end) {
        public static SlotView of(Slot s) {
            return new SlotView(s.index(), s.session(), s.date().toString(),
                    Written.time(s.start()), Written.time(s.end()));
        }
    }

    /** {@code answeredBy}: "organizer" or the ref of the one asked; {@code answeredAt} in the event's time zone. */
    public record RequestView(long id, String from, String to, int priority, String status, String answeredBy,
                              String answeredAt, String message, String answerMessage) {
        public static RequestView of(MeetingRequest r) {
            return new RequestView(r.id, r.fromRef(), r.toRef(), r.priority, r.status.name(), r.answeredBy,
                    Written.moment(r.answeredAt, ZoneId.of(r.event.timezone)), r.message, r.answerMessage);
        }
    }

    /** When participants' answers to requests are (or were) frozen; {@code at} null: never. */
    public record AnswersFreeze(String at) {
        public static AnswersFreeze of(Event e) {
            return new AnswersFreeze(Written.moment(e.answersFrozenAt, ZoneId.of(e.timezone)));
        }
    }

    public record BookingView(long id, String buyer, String structure, String date, String start) {
        public static BookingView of(Booking b) {
            return new BookingView(b.id, b.buyer.ref, b.structure.ref, b.slotDate.toString(),
                    Written.time(b.slotStart));
        }
    }

    /** A participant just registered, with the personal token shown this once. */
    public record RegisteredView<T>(T participant, IssuedToken token) {
    }

    public record NewRequest(String from, String to, Integer priority, String message) {
    }

    public record NewBooking(String buyer, String structure, String date, String start) {
    }

    /** The optional body of an accept or decline: a message to the one who asked (as on the personal page). */
    public record Answer(String message) {
    }
}
