package fr.openmap.timetable.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.event.TimeWindow;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.LegalForm;
import fr.openmap.registration.PitchInfo;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.StructureData;
import fr.openmap.requests.RequestStatus;
import fr.openmap.snapshot.EventSnapshot.BookingData;
import fr.openmap.snapshot.EventSnapshot.EventInfo;
import fr.openmap.snapshot.EventSnapshot.RequestData;
import fr.openmap.snapshot.EventSnapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Test-side reader of event files into snapshots (the production reader lives elsewhere). */
public final class ExampleEvents {

    public static final Path EXAMPLE = locate("openmap-ess-2018-05-17.json");

    private ExampleEvents() {
    }

    /** The 17 May 2018 matinale of the shared examples. */
    public static EventSnapshot matinale() {
        return read(EXAMPLE);
    }

    private static Path locate(String name) {
        for (Path candidate : List.of(Path.of("../shared/examples", name), Path.of("/work/shared/examples", name),
                Path.of("src/test/resources/examples", name))) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return Path.of("../shared/examples", name);
    }

    public static EventSnapshot read(Path file) {
        try {
            return map(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventSnapshot map(JsonNode root) {
        JsonNode event = root.get("event");
        LocalDate date = LocalDate.parse(event.get("date").asText());
        List<ProgrammeItemData> programme = list(event.get("programme"), item -> new ProgrammeItemData(
                ProgrammeKind.valueOf(item.get("kind").asText()), text(item, "title"),
                item.has("date") ? LocalDate.parse(item.get("date").asText()) : date,
                time(item.get("start")), time(item.get("end")),
                item.has("slotMinutes") ? item.get("slotMinutes").asInt() : null,
                item.has("changeoverMinutes") ? item.get("changeoverMinutes").asInt() : null));
        EventInfo info = new EventInfo(text(event, "slug"), text(event, "title"), text(event, "theme"),
                text(event, "venue"), date, ZoneId.of(event.get("timezone").asText()),
                event.path("pitchPlaces").asInt(0), event.path("tables").asInt(0), programme);
        List<BuyerData> buyers = list(root.get("buyers"), b -> new BuyerData(text(b, "ref"), text(b, "organization"),
                text(b, "service"), text(b, "contactName"), text(b, "email"),
                list(b.get("interests"), JsonNode::asText), windows(b.get("unavailable"), date),
                b.hasNonNull("maxMeetings") ? b.get("maxMeetings").asInt() : null, text(b, "table")));
        List<StructureData> structures = list(root.get("structures"), s -> new StructureData(text(s, "ref"),
                text(s, "name"), s.hasNonNull("legalForm") ? LegalForm.valueOf(s.get("legalForm").asText()) : null,
                text(s, "siret"), text(s, "department"), text(s, "sector"), text(s, "contactName"), text(s, "email"),
                s.path("representatives").asInt(1), windows(s.get("unavailable"), date),
                s.hasNonNull("maxMeetings") ? s.get("maxMeetings").asInt() : null,
                s.hasNonNull("pitch") ? new PitchInfo(PitchStatus.valueOf(s.get("pitch").get("status").asText()),
                        s.get("pitch").hasNonNull("rank") ? s.get("pitch").get("rank").asInt() : null) : null));
        List<RequestData> requests = list(root.get("requests"), r -> new RequestData(text(r, "from"), text(r, "to"),
                r.get("priority").asInt(), RequestStatus.valueOf(r.get("status").asText())));
        List<BookingData> bookings = list(root.get("bookings"), k -> new BookingData(text(k, "buyer"),
                text(k, "structure"), k.has("date") ? LocalDate.parse(k.get("date").asText()) : date,
                time(k.get("start"))));
        return new EventSnapshot(info, buyers, structures, requests, bookings);
    }

    private static List<TimeWindow> windows(JsonNode node, LocalDate date) {
        return list(node, w -> new TimeWindow(w.has("date") ? LocalDate.parse(w.get("date").asText()) : date,
                time(w.get("start")), time(w.get("end"))));
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> mapper) {
        List<T> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(node -> list.add(mapper.apply(node)));
        }
        return List.copyOf(list);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static LocalTime time(JsonNode node) {
        return LocalTime.parse(node.asText());
    }
}
