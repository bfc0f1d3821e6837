package fr.openmap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.access.Roles;
import fr.openmap.i18n.Text;
import fr.openmap.spreadsheet.ImportReport;
import fr.openmap.spreadsheet.Kind;
import fr.openmap.spreadsheet.ParticipantExport;
import fr.openmap.spreadsheet.ParticipantImport;
import fr.openmap.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** Buyers or structures of an event in and out of spreadsheets (CSV, Excel .xlsx); the organizer's only. */
@Path("/api/events/{eventId}/participants")
public class ParticipantSpreadsheetResource {

    @Inject
    ParticipantImport imports;
    @Inject
    ParticipantExport exports;
    @Inject
    ObjectMapper json;

    /**
     * Multipart field {@code file}; optional field {@code mapping}, a JSON object header → field ("" ignores a
     * column) changing the guessed mapping. Like every form here it carries the CSRF token (field
     * {@code csrf-token}, the value of the {@code csrf-token} cookie any GET sets). A dry run answers 200 with the
     * report, problems included, and writes nothing; an import answers 201 with the report and the tokens, or 422
     * listing every problem by row and column.
     */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importForm(@PathParam("eventId") long eventId, @RestQuery String kind, @RestQuery boolean dryRun,
                               @RestForm("file") FileUpload file, @RestForm("mapping") String mapping) {
        Kind which = Kind.of("kind", kind);
        if (file == null) {
            throw InvalidInputException.of("file", Text.of("is required: a multipart field 'file' with a CSV or Excel (.xlsx) file",
                    "est obligatoire : un champ multipart « file » avec un fichier CSV ou Excel (.xlsx)"));
        }
        return answer(imports.importFile(eventId, which, read(file), choices(mapping), dryRun), dryRun);
    }

    /**
     * The same, the file being the whole body (for scripts: {@code curl --data-binary @acheteurs.csv -H
     * 'Content-Type: text/csv'}); {@code ?mapping=} as the form's field. These types are not forms a page of
     * another site could send without the browser asking this service first, so no CSRF token is needed.
     */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/import")
    @Consumes({"text/csv", ParticipantExport.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    public Response importBody(@PathParam("eventId") long eventId, @RestQuery String kind, @RestQuery boolean dryRun,
                               @RestQuery String mapping, byte[] file) {
        return answer(imports.importFile(eventId, Kind.of("kind", kind), file, choices(mapping), dryRun), dryRun);
    }

    private static Response answer(ImportReport report, boolean dryRun) {
        if (dryRun) {
            return Response.ok(report).build();
        }
        if (!report.written()) {
            throw new InvalidInputException(report.problems());
        }
        return Response.status(201).entity(report).build();
    }

    @RolesAllowed({Roles.ORGANIZER})
    @GET
    @Path("/export.csv")
    public Response exportCsv(@PathParam("eventId") long eventId, @RestQuery String kind) {
        return Downloads.attachment(exports.csv(eventId, Kind.of("kind", kind)));
    }

    @RolesAllowed({Roles.ORGANIZER})
    @GET
    @Path("/export.xlsx")
    public Response exportXlsx(@PathParam("eventId") long eventId, @RestQuery String kind) {
        return Downloads.attachment(exports.xlsx(eventId, Kind.of("kind", kind)));
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> choices(String mapping) {
        if (mapping == null || mapping.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(mapping, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("mapping", Text.of("must be a JSON object from a column's header to a field, "
                    + "e.g. {\"Raison sociale\": \"name\", \"Notes\": \"\"}", "doit être un objet JSON associant l'en-tête "
                    + "d'une colonne à un champ, par exemple {\"Raison sociale\": \"name\", \"Notes\": \"\"}"));
        }
    }
}
