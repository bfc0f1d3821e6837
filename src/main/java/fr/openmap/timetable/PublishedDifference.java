package fr.openmap.timetable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the timetable as it now is differs from the agendas last sent, pair by pair: meetings moved to another
 * slot, cancelled (sent, no longer planned: declined, removed by hand or given up by a re-plan) and added (planned,
 * never sent). Taken from the current meetings, so it stays true after hand edits.
 */
public record PublishedDifference(int sent, int moved, int cancelled, int added) {

    static PublishedDifference between(List<PublishedMeetings.Sent> sent, List<ScheduledMeeting> planned) {
        Map<String, PublishedMeetings.Sent> announced = new HashMap<>();
        sent.forEach(s -> announced.put(s.buyerRef() + "/" + s.structureRef(), s));
        int moved = 0;
        int added = 0;
        int kept = 0;
        for (ScheduledMeeting m : planned) {
            PublishedMeetings.Sent before = announced.get(m.buyer.ref + "/" + m.structure.ref);
            if (before == null) {
                added++;
            } else if (before.date().equals(m.date) && before.start().equals(m.start)) {
                kept++;
            } else {
                moved++;
            }
        }
        return new PublishedDifference(announced.size(), moved, announced.size() - kept - moved, added);
    }
}
