package fr.openmap.api;

import fr.openmap.spreadsheet.SpreadsheetFile;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A file answered as a download under its own name. */
final class Downloads {

    private Downloads() {
    }

    static Response attachment(SpreadsheetFile file) {
        return attachment(file.content(), file.mediaType(), file.name());
    }

    static Response attachment(byte[] content, String mediaType, String name) {
        return Response.ok(content, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").build();
    }
}
