package fr.openmap.agenda;

import fr.openmap.agenda.ParticipantAgenda.MeetingLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in one participant's meetings since the agenda they were last sent: {@code changed} is true
 * for an "agenda changed" message, which lists the added, removed and moved meetings first. A meeting is the
 * same meeting as long as it pairs the same buyer and structure ({@link PublishedMeeting#pairKey}).
 */
public record AgendaChanges(boolean changed, List<MeetingLine> added, List<MeetingLine> removed, List<Moved> moved) {

    /** A first agenda, or one that did not change: nothing to list. */
    static final AgendaChanges NONE = new AgendaChanges(false, List.of(), List.of(), List.of());

    /** A meeting kept with the same counterpart but at another time or table. */
    public record Moved(MeetingLine before, MeetingLine after) {
    }

    static AgendaChanges between(List<MeetingLine> before, List<MeetingLine> after) {
        Map<String, MeetingLine> old = new LinkedHashMap<>();
        before.forEach(m -> old.put(m.meeting().pairKey(), m));
        Map<String, MeetingLine> now = new LinkedHashMap<>();
        after.forEach(m -> now.put(m.meeting().pairKey(), m));
        List<MeetingLine> added = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        for (MeetingLine m : after) {
            MeetingLine was = old.get(m.meeting().pairKey());
            if (was == null) {
                added.add(m);
            } else if (!was.meeting().sameSlotAndTable(m.meeting())) {
                moved.add(new Moved(was, m));
            }
        }
        List<MeetingLine> removed = before.stream().filter(m -> !now.containsKey(m.meeting().pairKey())).toList();
        return new AgendaChanges(true, List.copyOf(added), removed, List.copyOf(moved));
    }
}
