package fr.openmap.spreadsheet;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static fr.openmap.spreadsheet.SpreadsheetApi.csv;
import static fr.openmap.spreadsheet.SpreadsheetApi.row;
import static fr.openmap.spreadsheet.SpreadsheetApi.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading files without a database: encodings, separators, row numbers, headers. */
class SpreadsheetReaderTest {

    @Test
    void theEncodingIsTheBomsElseUtf8ElseWindows1252() {
        assertEquals("Département", SpreadsheetReader.text(csv(StandardCharsets.UTF_8, true, "Département")).strip());
        assertEquals("Département", SpreadsheetReader.text(csv(StandardCharsets.UTF_8, false, "Département")).strip());
        assertEquals("Département", SpreadsheetReader.text(csv(Charset.forName("windows-1252"), false, "Département")).strip());
        byte[] utf16 = "\uFEFFDépartement\tNom".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Département\tNom", SpreadsheetReader.text(utf16));
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMostOutsideQuotes() {
        assertEquals(';', SpreadsheetReader.delimiter("Nom;Contact, fonction;Courriel\nA,B;C;D"));
        assertEquals(',', SpreadsheetReader.delimiter("\"Nom; raison sociale\",SIRET,Courriel"));
        assertEquals('\t', SpreadsheetReader.delimiter("Nom\tSIRET\tCourriel"));
    }

    @Test
    void blankRowsAreLeftOutAndRowsKeepTheirSpreadsheetNumbers() {
        Table csvTable = SpreadsheetReader.read(csv(StandardCharsets.UTF_8, false, "Nom;SIRET", "A;1", ";", "", "B;2"));
        assertEquals(List.of(2, 5), csvTable.rows().stream().map(Table.Row::number).toList());
        Table xlsxTable = SpreadsheetReader.read(xlsx(List.of(row("Nom", "SIRET"), row("A", 1), row(), row("B", 2))));
        assertEquals(List.of(2, 4), xlsxTable.rows().stream().map(Table.Row::number).toList());
        assertEquals(List.of("B", "2"), xlsxTable.rows().get(1).cells());
    }

    @Test
    void headersAreGuessedWhateverTheirAccentsCaseAndSpaces() {
        ColumnMapping mapping = ColumnMapping.guess(Kind.STRUCTURES,
                List.of("RAISON SOCIALE", "n° siret", "Departement", "E-mail", "Nom", "Notes"));
        assertEquals(java.util.Arrays.asList("name", "siret", "department", "email", null, null),
                mapping.columns().stream().map(ColumnMapping.MappedColumn::field).toList());
        assertEquals(List.of("legalForm", "contactName"),
                mapping.missingRequired().stream().map(Columns.Column::field).toList());
    }
}
