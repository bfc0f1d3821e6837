package fr.openmap.web.console.imports;

import fr.openmap.access.PersonalSession;
import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.registration.IssuedToken;
import fr.openmap.registration.RegistrationService;
import fr.openmap.spreadsheet.Columns;
import fr.openmap.spreadsheet.HeldFiles;
import fr.openmap.spreadsheet.ImportReport;
import fr.openmap.spreadsheet.Kind;
import fr.openmap.spreadsheet.Locations;
import fr.openmap.spreadsheet.ParticipantImport;
import fr.openmap.spreadsheet.SpreadsheetReader;
import fr.openmap.spreadsheet.Table;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problem;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Buyers or structures of an event from a spreadsheet, in three steps: choose the file; see its preview (format,
 * first rows, the column mapping guessed and changeable, every problem of a dry run by row and column); import
 * all rows or none, then see the personal links once. The file is held server-side between the steps
 * ({@link HeldFiles}); every check is {@link ParticipantImport}'s, the same as the API's.
 */
@Path("/console/events/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class ParticipantImportPage {

    /** Rows of the file shown in the preview, besides every row with a problem. */
    static final int SAMPLE = 10;
    /** Rows shown at most, so a file with thousands of faulty rows still makes a readable page. */
    static final int SHOWN_AT_MOST = 60;

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    ParticipantImport imports;
    @Inject
    HeldFiles held;
    @Inject
    RegistrationService registrations;
    @ConfigProperty(name = "openmap.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(Frame frame, String action, boolean buyers, FieldProblems problems);

        static native TemplateInstance preview(Frame frame, String action, boolean buyers, Preview preview);

        static native TemplateInstance done(Frame frame, boolean buyers, int count, List<Issued> issued, String listHref);
    }

    /** What the preview shows of a file and its dry run. */
    public record Preview(String heldId, String fileName, String format, int rows, List<String> headers,
                          List<SampleRow> sample, List<ColumnChoice> columns, List<ShownProblem> problems,
                          String refusal) {
    }

    /** A row of the file as shown, with its number in the file; {@code fault} when the row as a whole has a problem. */
    public record SampleRow(int number, List<SampleCell> cells, String fault) {
    }

    /** A cell as shown; {@code fault} lists the ids of its problems (null when it has none). */
    public record SampleCell(String value, String fault) {
    }

    /** One column of the file and the fields it may fill ("" to ignore it). */
    public record ColumnChoice(int index, String header, List<Option> options) {
    }

    /** One choice of a select. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A problem as listed, with the id the faulty cells point to. */
    public record ShownProblem(String id, String where, String message) {
    }

    /** A participant just imported, with their personal link shown this once. */
    public record Issued(String ref, String who, String link) {
    }

    @GET
    @Path("/buyers/import")
    public TemplateInstance chooseBuyers(@PathParam("id") long id) {
        return choose(id, Kind.BUYERS);
    }

    @GET
    @Path("/structures/import")
    public TemplateInstance chooseStructures(@PathParam("id") long id) {
        return choose(id, Kind.STRUCTURES);
    }

    @POST
    @Path("/buyers/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postBuyers(@PathParam("id") long id, MultipartFormDataInput form) {
        return post(id, Kind.BUYERS, form);
    }

    @POST
    @Path("/structures/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response postStructures(@PathParam("id") long id, MultipartFormDataInput form) {
        return post(id, Kind.STRUCTURES, form);
    }

    private TemplateInstance choose(long id, Kind kind) {
        Event event = events.require(id);
        return console.localized(Templates.choose(frame(event, kind), action(id, kind), kind == Kind.BUYERS,
                FieldProblems.none()));
    }

    /**
     * One form for the three steps, posting back to this page: a new file is held and previewed with the mapping
     * guessed; the file held is previewed again with the mapping chosen ({@code action=preview}) or imported
     * ({@code action=import}).
     */
    private Response post(long id, Kind kind, MultipartFormDataInput form) {
        Event event = events.require(id);
        Map<String, Collection<FormValue>> values = form.getValues();
        Optional<FormValue> upload = first(values, "file").filter(f -> f.isFileItem() && f.getFileName() != null
                && !f.getFileName().isBlank());
        String heldId = text(values, "held");
        HeldFiles.Held file;
        if (upload.isPresent()) {
            byte[] bytes = bytes(upload.get());
            file = new HeldFiles.Held(held.hold(id, kind, upload.get().getFileName(), bytes), upload.get().getFileName(), bytes);
        } else if (heldId != null) {
            Optional<HeldFiles.Held> kept = held.find(heldId, id, kind);
            if (kept.isEmpty()) {
                return chooseAgain(event, kind, List.of(new Problem("file", Text.of(english().fileGone(), french().fileGone()))));
            }
            file = kept.get();
        } else {
            file = new HeldFiles.Held(null, null, new byte[0]); // refused below, at the file field, in the reader's sentence
        }
        boolean importing = upload.isEmpty() && "import".equals(text(values, "action"));
        Table table;
        ImportReport report;
        try {
            table = SpreadsheetReader.read(file.content());
            // a new file starts from the mapping guessed from its headers; the selects change the held file's
            Map<String, String> choices = upload.isPresent() ? Map.of() : choices(values, table.headers());
            report = imports.importFile(id, kind, file.content(), choices, !importing);
        } catch (InvalidInputException e) {
            held.release(file.id());
            return chooseAgain(event, kind, e.problems());
        }
        if (report.written()) {
            held.release(file.id());
            // shown here rather than after a redirect: the links are shown once and never go into an address
            return Response.ok(console.localized(Templates.done(frame(event, kind), kind == Kind.BUYERS,
                    report.tokens().size(), issued(id, kind, report.tokens()), section(kind).href(id)))).build();
        }
        Preview preview = preview(file, table, report, kind, importing ? words().importRefused() : null);
        return Response.status(report.problems().isEmpty() ? 200 : 422).entity(console.localized(
                Templates.preview(frame(event, kind), action(id, kind), kind == Kind.BUYERS, preview))).build();
    }

    /** Step 1 again, with what was wrong with the file next to its field. */
    private Response chooseAgain(Event event, Kind kind, List<Problem> problems) {
        return Response.status(422).entity(console.localized(Templates.choose(frame(event, kind), action(event.id, kind),
                kind == Kind.BUYERS, console.problems(problems, "", Set.of("file")::contains)))).build();
    }

    /** The organizer's choice for each column ({@code field} selects, in the columns' order): header → field. */
    private static Map<String, String> choices(Map<String, Collection<FormValue>> values, List<String> headers) {
        Collection<FormValue> fields = values.get("field");
        if (fields == null || fields.isEmpty()) {
            return Map.of();
        }
        Map<String, String> choices = new LinkedHashMap<>();
        int i = 0;
        for (FormValue field : fields) {
            if (i < headers.size()) {
                choices.putIfAbsent(headers.get(i), field.getValue() == null ? "" : field.getValue());
            }
            i++;
        }
        return choices;
    }

    private Preview preview(HeldFiles.Held file, Table table, ImportReport report, Kind kind, String refusal) {
        Language language = console.language();
        List<ShownProblem> shown = new ArrayList<>();
        Map<Integer, Map<String, List<String>>> faults = new HashMap<>();
        for (Problem p : report.problems()) {
            String problemId = "problem-" + (shown.size() + 1);
            shown.add(new ShownProblem(problemId, Locations.described(p.location()).in(language), p.message(language)));
            Locations.place(p.location()).ifPresent(place -> faults.computeIfAbsent(place.row(), r -> new HashMap<>())
                    .computeIfAbsent(place.header() == null ? "" : place.header(), h -> new ArrayList<>()).add(problemId));
        }
        List<SampleRow> sample = new ArrayList<>();
        for (int r = 0; r < table.rows().size() && sample.size() < SHOWN_AT_MOST; r++) {
            Table.Row row = table.rows().get(r);
            Map<String, List<String>> atRow = faults.getOrDefault(row.number(), Map.of());
            if (r >= SAMPLE && atRow.isEmpty()) {
                continue;
            }
            List<SampleCell> cells = new ArrayList<>();
            for (int c = 0; c < table.headers().size(); c++) {
                // a problem names its column by header: the first column of that header shows it
                String header = table.headers().get(c);
                List<String> at = table.headers().indexOf(header) == c ? atRow.get(header) : null;
                cells.add(new SampleCell(row.cell(c), at == null ? null : String.join(" ", at)));
            }
            List<String> whole = atRow.get("");
            sample.add(new SampleRow(row.number(), cells, whole == null ? null : String.join(" ", whole)));
        }
        List<ColumnChoice> columns = report.mapping().stream().map(c -> {
            List<Option> options = new ArrayList<>();
            options.add(new Option("", words().ignore(), c.field() == null));
            Columns.of(kind).forEach(f -> options.add(new Option(f.field(), f.label().in(language), f.field().equals(c.field()))));
            return new ColumnChoice(c.index(), c.column(), options);
        }).toList();
        return new Preview(file.id(), file.name(), format(report.format(), file.content()), report.rows(),
                table.headers(), sample, columns, shown, refusal);
    }

    /** The file's format in words: Excel, or CSV with its separator and encoding. */
    private String format(String format, byte[] content) {
        ImportMessages words = words();
        if ("xlsx".equals(format)) {
            return words.formatXlsx();
        }
        String separator = switch (format) {
            case "csv," -> words.separatorComma();
            case "csv-tab" -> words.separatorTab();
            default -> words.separatorSemicolon();
        };
        String encoding = switch (SpreadsheetReader.encoding(content)) {
            case UTF_8_BOM -> words.encodingUtf8Bom();
            case UTF_8 -> words.encodingUtf8();
            case UTF_16_BOM -> words.encodingUtf16();
            case WINDOWS_1252 -> words.encodingWindows1252();
        };
        return words.formatCsv(separator, encoding);
    }

    /** Each new participant with their personal link; names read back from the registration. */
    private List<Issued> issued(long eventId, Kind kind, List<IssuedToken> tokens) {
        Map<String, String> names = new HashMap<>();
        if (kind == Kind.BUYERS) {
            registrations.buyers(eventId).forEach(b -> names.put(b.ref, b.organization + " — " + b.contactName));
        } else {
            registrations.structures(eventId).forEach(s -> names.put(s.ref, s.name + " — " + s.contactName));
        }
        return tokens.stream().map(t -> new Issued(t.ref(), names.getOrDefault(t.ref(), ""),
                PersonalSession.link(publicUrl, eventId, t.ref(), t.token()))).toList();
    }

    private Frame frame(Event event, Kind kind) {
        return console.frame(words().title(kind == Kind.BUYERS), event, section(kind));
    }

    private static ConsoleSection section(Kind kind) {
        return kind == Kind.BUYERS ? ConsoleSection.BUYERS : ConsoleSection.STRUCTURES;
    }

    /** This page's address, where its forms post. */
    private static String action(long id, Kind kind) {
        return section(kind).href(id) + "/import";
    }

    private ImportMessages words() {
        return console.language().english() ? english() : french();
    }

    private static ImportMessages english() {
        return Language.EN.messages(ImportMessages.class);
    }

    private static ImportMessages french() {
        return MessageBundles.get(ImportMessages.class);
    }

    private static Optional<FormValue> first(Map<String, Collection<FormValue>> values, String name) {
        Collection<FormValue> all = values.get(name);
        return all == null ? Optional.empty() : all.stream().findFirst();
    }

    private static String text(Map<String, Collection<FormValue>> values, String name) {
        return first(values, name).filter(v -> !v.isFileItem()).map(FormValue::getValue)
                .filter(v -> !v.isBlank()).orElse(null);
    }

    private static byte[] bytes(FormValue upload) {
        try {
            return upload.getFileItem().isInMemory() ? upload.getFileItem().getInputStream().readAllBytes()
                    : Files.readAllBytes(upload.getFileItem().getFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
