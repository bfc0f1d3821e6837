package fr.openmap.web.console;

import fr.openmap.event.Event;
import fr.openmap.event.ProgrammeItem;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.event.Slots;
import fr.openmap.eventfile.EventFile;
import fr.openmap.validation.Written;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The event form as typed (texts, so a wrong value comes back as it was typed), with its programme
 * editor: items added, removed and moved by the form's own buttons, so it works without JavaScript.
 * It becomes the event section of an {@code openmap-event/1} file, checked by the same validator as an import.
 */
public record EventForm(String title, String slug, String theme, String venue, String date, String timezone,
                        String tables, String pitchPlaces, List<Item> items, Settings settings) {

    /** Self-registration and the organizer's contact as typed (the event file's {@code registration} and {@code organizer}). */
    public record Settings(String opensAt, String closesAt, boolean approval, String maxStructures, String organizerName,
                           String organizerEmail, String maxPendingRequests, boolean buyerBooking) {

        static final Settings BLANK = new Settings("", "", false, "", "", "", "", true);

        public Settings(String opensAt, String closesAt, boolean approval, String maxStructures, String organizerName,
                        String organizerEmail) {
            this(opensAt, closesAt, approval, maxStructures, organizerName, organizerEmail, "", true);
        }

        static Settings of(Event e) {
            ZoneId zone = ZoneId.of(e.timezone);
            return new Settings(local(e.registrationOpensAt, zone), local(e.registrationClosesAt, zone),
                    e.registrationApproval, e.registrationMaxStructures == null ? "" : String.valueOf(e.registrationMaxStructures),
                    nullToBlank(e.organizerName), nullToBlank(e.organizerEmail),
                    e.maxPendingRequests == null ? "" : String.valueOf(e.maxPendingRequests), e.buyerBooking);
        }

        /** As the form shows it: "2018-05-16T18:00", in the event's zone. */
        private static String local(Instant moment, ZoneId zone) {
            return moment == null ? "" : moment.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
        }

        EventFile.Registration registration() {
            boolean none = blankToNull(opensAt) == null && blankToNull(closesAt) == null && !approval
                    && blankToNull(maxStructures) == null && blankToNull(maxPendingRequests) == null && buyerBooking;
            return none ? null : new EventFile.Registration(blankToNull(opensAt), blankToNull(closesAt), approval ? Boolean.TRUE : null,
                    typedNumber(maxStructures), typedNumber(maxPendingRequests), buyerBooking ? null : Boolean.FALSE);
        }

        /** Something typed that is no whole number must not mean "no limit": -1 is out of range, the validator says so. */
        private static Integer typedNumber(String typed) {
            Integer n = number(typed);
            return n == null && blankToNull(typed) != null ? Integer.valueOf(-1) : n;
        }

        EventFile.Organizer organizer() {
            return blankToNull(organizerName) == null && blankToNull(organizerEmail) == null ? null
                    : new EventFile.Organizer(blankToNull(organizerName), blankToNull(organizerEmail));
        }
    }

    static final String DEFAULT_ZONE = "Europe/Paris";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    /** One programme item as typed. */
    public record Item(String kind, String title, String start, String end, String slotMinutes, String changeoverMinutes) {

        static Item blank(ProgrammeKind kind) {
            return new Item(kind.name(), "", "", "", kind == ProgrammeKind.NETWORKING ? "15" : "",
                    kind == ProgrammeKind.NETWORKING ? "5" : "");
        }

        boolean networking() {
            return ProgrammeKind.NETWORKING.name().equals(kind);
        }

        /** The slots this item gives as typed (the count shown next to it); 0 unless it is networking with usable times. */
        int slotCount() {
            return networking() ? Slots.count(time(start), time(end), number(slotMinutes), number(changeoverMinutes)) : 0;
        }

        EventFile.ProgrammeItem toFile() {
            return new EventFile.ProgrammeItem(blankToNull(kind), blankToNull(title), blankToNull(start), blankToNull(end),
                    null, networking() ? number(slotMinutes) : null, networking() ? number(changeoverMinutes) : null);
        }
    }

    static EventForm blank() {
        return new EventForm("", "", "", "", "", DEFAULT_ZONE, "", "0", List.of(Item.blank(ProgrammeKind.NETWORKING)),
                Settings.BLANK);
    }

    static EventForm of(Event e) {
        List<Item> items = e.programme.stream().map(EventForm::item).toList();
        return new EventForm(e.title, e.slug, nullToBlank(e.theme), nullToBlank(e.venue), e.date.toString(), e.timezone,
                String.valueOf(e.tables), String.valueOf(e.pitchPlaces), items, Settings.of(e));
    }

    private static Item item(ProgrammeItem p) {
        return new Item(p.kind.name(), p.title, Written.time(p.start), Written.time(p.end),
                p.slotMinutes == null ? "" : String.valueOf(p.slotMinutes),
                p.changeoverMinutes == null ? "" : String.valueOf(p.changeoverMinutes));
    }

    /** The form's fields in the order they were posted; the lists are as long as the programme. */
    static EventForm posted(String title, String slug, String theme, String venue, String date, String timezone,
                            String tables, String pitchPlaces, List<String> kinds, List<String> titles, List<String> starts,
                            List<String> ends, List<String> slotMinutes, List<String> changeovers, Settings settings) {
        int size = kinds == null ? 0 : kinds.size();
        List<Item> items = IntStream.range(0, size).mapToObj(i -> new Item(at(kinds, i), at(titles, i), at(starts, i),
                at(ends, i), at(slotMinutes, i), at(changeovers, i))).toList();
        return new EventForm(title, slug, theme, venue, date, timezone, tables, pitchPlaces, items,
                settings == null ? Settings.BLANK : settings);
    }

    /**
     * The form after one of the programme editor's buttons: {@code add}, {@code remove-2},
     * {@code up-2}, {@code down-2}; null when the action is none of them (the form is to be saved).
     */
    EventForm edited(String action) {
        if (action == null) {
            return null;
        }
        List<Item> list = new ArrayList<>(items);
        if (action.equals("add")) {
            list.add(Item.blank(ProgrammeKind.NETWORKING));
            return with(list);
        }
        int dash = action.lastIndexOf('-');
        if (dash < 0 || !WHOLE_NUMBER.matcher(action.substring(dash + 1)).matches()) {
            return null;
        }
        int i = Integer.parseInt(action.substring(dash + 1));
        if (i < 0 || i >= list.size()) {
            return this;
        }
        switch (action.substring(0, dash)) {
            case "remove" -> list.remove(i);
            case "up" -> {
                if (i > 0) {
                    list.add(i - 1, list.remove(i));
                }
            }
            case "down" -> {
                if (i < list.size() - 1) {
                    list.add(i + 1, list.remove(i));
                }
            }
            default -> {
                return null;
            }
        }
        return with(list);
    }

    private EventForm with(List<Item> list) {
        return new EventForm(title, slug, theme, venue, date, timezone, tables, pitchPlaces, List.copyOf(list), settings);
    }

    /** The event section of an event file, as the validator reads it. */
    EventFile.Event toFile() {
        return new EventFile.Event(blankToNull(slug), blankToNull(title), blankToNull(theme), blankToNull(date),
                blankToNull(timezone), blankToNull(venue), number(pitchPlaces), number(tables),
                items.stream().map(Item::toFile).toList(), null, settings.registration(), settings.organizer());
    }

    /** The ids of the form's fields, where problems can be shown. */
    Set<String> fieldIds() {
        Set<String> ids = new HashSet<>(Set.of("title", "slug", "theme", "venue", "date", "timezone", "tables",
                "pitchPlaces", "programme", "registration.opensAt", "registration.closesAt", "registration.maxStructures",
                "registration.maxPendingRequests", "organizer.name", "organizer.email"));
        for (int i = 0; i < items.size(); i++) {
            for (String field : ItemView.FIELDS) {
                ids.add(ItemView.id(i, field));
            }
        }
        return ids;
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() ? list.get(i) : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }

    /** A typed whole number; anything else is "not given", and the validator says what is expected. */
    static Integer number(String s) {
        return s != null && WHOLE_NUMBER.matcher(s.strip()).matches() ? Integer.valueOf(s.strip()) : null;
    }

    static LocalTime time(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
