package fr.openmap.spreadsheet;

import fr.openmap.i18n.Text;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Limits;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads an uploaded spreadsheet into a {@link Table}: Excel {@code .xlsx} (its first sheet), or CSV separated by
 * {@code ;}, {@code ,} or tabs (whichever the header row uses most), in UTF-8 with or without BOM, UTF-16 with
 * BOM (Excel's "Unicode text"), or else Windows-1252 (what French Excel writes as "CSV").
 */
public final class SpreadsheetReader {

    static final String LOCATION = "file";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SpreadsheetReader() {
    }

    /** The table in {@code bytes}; a 422 at {@value #LOCATION} when it is empty or not a spreadsheet we read. */
    public static Table read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of(LOCATION, Text.of("is required: a CSV or Excel (.xlsx) file",
                    "est obligatoire : un fichier CSV ou Excel (.xlsx)"));
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 8));
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            return xlsx(bytes);
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw InvalidInputException.of(LOCATION, Text.of("is an old Excel file (.xls): save it as .xlsx or as CSV and send it again",
                    "est un ancien fichier Excel (.xls) : enregistrez-le en .xlsx ou en CSV et envoyez-le de nouveau"));
        }
        return csv(text(bytes));
    }

    /** How the text of a CSV file is encoded, as {@link #text} decides it. */
    public enum Encoding {
        UTF_8_BOM, UTF_8, UTF_16_BOM, WINDOWS_1252
    }

    /** The encoding of a CSV file's bytes: BOM first; without one, strict UTF-8, else Windows-1252. */
    public static Encoding encoding(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return Encoding.UTF_8_BOM;
        }
        if (starts(bytes, 0xFF, 0xFE) || starts(bytes, 0xFE, 0xFF)) {
            return Encoding.UTF_16_BOM;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Encoding.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return Encoding.WINDOWS_1252;
        }
    }

    /** The text of a CSV file, decoded as {@link #encoding} says. */
    static String text(byte[] bytes) {
        return switch (encoding(bytes)) {
            case UTF_8_BOM -> new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            case UTF_16_BOM -> new String(bytes, 2, bytes.length - 2,
                    starts(bytes, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            case UTF_8 -> new String(bytes, StandardCharsets.UTF_8);
            case WINDOWS_1252 -> new String(bytes, WINDOWS_1252);
        };
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Table csv(String text) {
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                records.add(record.toList());
                checkSize(records.size());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // a quote left open, a character after a closing quote...: say where, in the file's own terms
            throw InvalidInputException.of(LOCATION, Text.of("is not a readable CSV file after row " + (records.size() + 1)
                    + " (a quote left open?)", "n'est plus un fichier CSV lisible après la ligne " + (records.size() + 1)
                    + " (un guillemet non refermé ?)"));
        }
        return table(delimiter == '\t' ? "csv-tab" : "csv" + delimiter, records, null);
    }

    /** The separator the header row uses most: {@code ;} (French Excel), then {@code ,} and tab. */
    static char delimiter(String text) {
        int[] counts = new int[3];
        char[] candidates = {';', ',', '\t'};
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    private static Table xlsx(byte[] bytes) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
             Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<org.dhatim.fastexcel.reader.Row> it = rows.iterator();
            while (it.hasNext()) {
                org.dhatim.fastexcel.reader.Row row = it.next();
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                records.add(cells);
                numbers.add(row.getRowNum());
                checkSize(records.size());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of(LOCATION, Text.of("is not a readable Excel (.xlsx) file",
                    "n'est pas un fichier Excel (.xlsx) lisible"));
        }
        return table("xlsx", records, numbers);
    }

    /** A cell as text; a number as Excel holds it in full (a SIRET typed as a number keeps its 14 digits). */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> plain(cell.asNumber());
            case EMPTY -> "";
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static void checkSize(int records) {
        if (records > Limits.SPREADSHEET_ROWS + 1) {
            throw InvalidInputException.of(LOCATION, Text.of("has more than " + Limits.SPREADSHEET_ROWS
                    + " rows: split it into several files", "a plus de " + Limits.SPREADSHEET_ROWS
                    + " lignes : répartissez-les dans plusieurs fichiers"));
        }
    }

    /** The first record is the header; blank rows are left out; {@code numbers} null: record i is row i + 1. */
    private static Table table(String format, List<List<String>> records, List<Integer> numbers) {
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
            throw InvalidInputException.of(LOCATION, Text.of("has no header row: the first row must name the columns",
                    "n'a pas de ligne d'en-tête : la première ligne doit nommer les colonnes"));
        }
        List<String> headers = records.get(0).stream().map(String::strip).toList();
        if (headers.size() > Limits.SPREADSHEET_COLUMNS) {
            throw InvalidInputException.of(LOCATION, Text.of("has " + headers.size() + " columns: "
                    + Limits.SPREADSHEET_COLUMNS + " at most", "a " + headers.size() + " colonnes : "
                    + Limits.SPREADSHEET_COLUMNS + " au plus"));
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i).stream().map(String::strip).toList();
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(new Table.Row(numbers == null ? i + 1 : numbers.get(i), cells));
            }
        }
        return new Table(format, headers, rows);
    }
}
