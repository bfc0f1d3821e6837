package fr.openmap.web.console;

import java.util.List;

/** One programme item in the editor: where it is, what was typed, its slot count and its fields' ids. */
public record ItemView(int index, int number, EventForm.Item form, boolean networking, int slotCount,
                       boolean first, boolean last) {

    static final List<String> FIELDS = List.of("kind", "title", "start", "end", "slotMinutes", "changeoverMinutes");

    static List<ItemView> of(EventForm form) {
        List<EventForm.Item> items = form.items();
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> new ItemView(i, i + 1, items.get(i),
                items.get(i).networking(), items.get(i).slotCount(), i == 0, i == items.size() - 1)).toList();
    }

    /** The id of one of this item's fields, as problems name it: {@code programme-2-end}. */
    public String id(String field) {
        return id(index, field);
    }

    static String id(int index, String field) {
        return "programme-" + index + "-" + field;
    }
}
