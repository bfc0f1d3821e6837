package fr.openmap.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Cuts the NETWORKING items of a programme into slots, as the event format defines them. */
public final class Slots {

    private Slots() {
    }

    /**
     * Each NETWORKING item gives slots of {@code slotMinutes}, one after the other with
     * {@code changeoverMinutes} between them, from its start as long as a slot ends no later
     * than its end. Sessions are numbered in time order.
     */
    public static List<Slot> of(List<ProgrammeItemData> programme) {
        List<ProgrammeItemData> sessions = programme.stream()
                .filter(item -> item.kind() == ProgrammeKind.NETWORKING)
                .sorted(Comparator.comparing(ProgrammeItemData::date).thenComparing(ProgrammeItemData::start))
                .toList();
        List<Slot> slots = new ArrayList<>();
        for (int session = 0; session < sessions.size(); session++) {
            ProgrammeItemData item = sessions.get(session);
            int slotMinutes = item.slotMinutes() == null ? 0 : item.slotMinutes();
            int changeover = item.changeoverMinutes() == null ? 0 : item.changeoverMinutes();
            if (slotMinutes <= 0) {
                continue;
            }
            int startMinute = minuteOfDay(item.start());
            int endMinute = minuteOfDay(item.end());
            int inSession = 0;
            for (int t = startMinute; t + slotMinutes <= endMinute; t += slotMinutes + changeover) {
                slots.add(new Slot(slots.size(), session, inSession++, item.date(),
                        LocalTime.ofSecondOfDay(t * 60L), LocalTime.ofSecondOfDay((t + slotMinutes) * 60L)));
            }
        }
        return List.copyOf(slots);
    }

    /** How many slots one networking item of these times gives (0 when they give none or are incomplete). */
    public static int count(LocalTime start, LocalTime end, Integer slotMinutes, Integer changeoverMinutes) {
        int changeover = changeoverMinutes == null ? 0 : changeoverMinutes;
        // outside the limits the validator enforces there is no slot to count (and a negative step would never end)
        if (start == null || end == null || slotMinutes == null || slotMinutes < fr.openmap.validation.Limits.SLOT_MINUTES_MIN
                || slotMinutes > fr.openmap.validation.Limits.SLOT_MINUTES_MAX
                || changeover < 0 || changeover > fr.openmap.validation.Limits.CHANGEOVER_MINUTES_MAX) {
            return 0;
        }
        return of(List.of(new ProgrammeItemData(ProgrammeKind.NETWORKING, "", LocalDate.of(2000, 1, 1), start, end,
                slotMinutes, changeover))).size();
    }

    /** The slot starting at the given local date and time, if there is one. */
    public static java.util.Optional<Slot> startingAt(List<Slot> slots, LocalDate date, LocalTime start) {
        return slots.stream().filter(s -> s.date().equals(date) && s.start().equals(start)).findFirst();
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
