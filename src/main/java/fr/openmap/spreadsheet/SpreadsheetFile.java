package fr.openmap.spreadsheet;

/** A spreadsheet to download: its file name, media type and bytes. */
public record SpreadsheetFile(String name, String mediaType, byte[] content) {
}
