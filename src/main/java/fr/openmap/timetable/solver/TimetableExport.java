package fr.openmap.timetable.solver;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The {@code openmap-timetable/1} export document of a solved timetable, as records that
 * Jackson writes with exactly the format's field names and order.
 */
public record TimetableExport(String format, String event, List<Meeting> meetings, List<Unscheduled> unscheduled) {

    public static final String FORMAT = "openmap-timetable/1";
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /**
     * A meeting; {@code start}/{@code end} are local times of the event, {@code YYYY-MM-DDTHH:MM}; the names
     * (the buyer's organization and service, the structure's name) are there when the service writes it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"buyer", "buyerName", "structure", "structureName", "start", "end", "table"})
    public record Meeting(String buyer, String buyerName, String structure, String structureName, String start,
                          String end, String table) {
    }

    public record Unscheduled(String buyer, String structure, String reason) {
    }

    public static TimetableExport of(TimetableResult result) {
        List<Meeting> meetings = result.meetings().stream()
                .map(m -> new Meeting(m.buyerRef(), null, m.structureRef(), null, m.slot().startDateTime().format(LOCAL_MINUTE),
                        m.slot().endDateTime().format(LOCAL_MINUTE), m.table()))
                .toList();
        List<Unscheduled> unscheduled = result.unscheduled().stream()
                .map(u -> new Unscheduled(u.buyerRef(), u.structureRef(), u.reason().english()))
                .toList();
        return new TimetableExport(FORMAT, result.eventSlug(), meetings, unscheduled);
    }
}
