package fr.openmap.web.console.imports;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the spreadsheet import pages in English. */
@Localized("en")
public interface EnglishImportMessages extends ImportMessages {

    @Override
    @Message("{#if buyers}Import buyers{#else}Import structures{/if}")
    String title(boolean buyers);

    @Override
    @Message("Choose an Excel (.xlsx) or CSV file (separated by semicolons, commas or tabs, as Excel saves it)."
            + " The first row names the columns. You will see a preview and every problem before anything is saved.")
    String chooseIntro();

    @Override
    @Message("File (CSV or Excel .xlsx)")
    String fileLabel();

    @Override
    @Message("Preview")
    String previewButton();

    @Override
    @Message("Choose another file")
    String otherFile();

    @Override
    @Message("The file is no longer available (already imported or chosen more than an hour ago): choose it again.")
    String fileGone();

    @Override
    @Message("File")
    String fileName();

    @Override
    @Message("Format")
    String format();

    @Override
    @Message("Excel (.xlsx)")
    String formatXlsx();

    @Override
    @Message("CSV separated by {separator}, {encoding} encoding")
    String formatCsv(String separator, String encoding);

    @Override
    @Message("semicolons (;)")
    String separatorSemicolon();

    @Override
    @Message("commas (,)")
    String separatorComma();

    @Override
    @Message("tabs")
    String separatorTab();

    @Override
    @Message("UTF-8 with BOM")
    String encodingUtf8Bom();

    @Override
    @Message("UTF-8")
    String encodingUtf8();

    @Override
    @Message("UTF-16 with BOM (Unicode text)")
    String encodingUtf16();

    @Override
    @Message("Windows-1252 (Excel's CSV)")
    String encodingWindows1252();

    @Override
    @Message("Rows")
    String rows();

    @Override
    @Message("{#if buyers}{count} {#if count == 1}buyer{#else}buyers{/if}{#else}{count} {#if count == 1}structure{#else}structures{/if}{/if}")
    String participants(int count, boolean buyers);

    @Override
    @Message("{#if shown < count}The first {shown} rows{#else}The file's rows{/if}")
    String sampleTitle(int shown, int count);

    @Override
    @Message(": ")
    String colon();

    @Override
    @Message("Row")
    String rowNumber();

    @Override
    @Message("error:")
    String faultMark();

    @Override
    @Message("Column mapping")
    String mappingTitle();

    @Override
    @Message("Each column of the file fills the field chosen; \"ignore\" leaves it out. After a change, check again.")
    String mappingIntro();

    @Override
    @Message("Column \"{header}\"")
    String columnLabel(String header);

    @Override
    @Message("ignore")
    String ignore();

    @Override
    @Message("Check again")
    String recheck();

    @Override
    @Message("{#if count == 1}1 problem to fix{#else}{count} problems to fix{/if}")
    String problemsTitle(int count);

    @Override
    @Message("Nothing was saved: the import is all or nothing. Fix the file and choose it again, or change the column mapping.")
    String problemsIntro();

    @Override
    @Message("The import was refused: nothing was saved. Here is every problem.")
    String importRefused();

    @Override
    @Message("No problem: every row can be imported.")
    String noProblems();

    @Override
    @Message("{#if buyers}Import {count} {#if count == 1}buyer{#else}buyers{/if}{#else}Import {count} {#if count == 1}structure{#else}structures{/if}{/if}")
    String importButton(int count, boolean buyers);

    @Override
    @Message("{#if buyers}{count} {#if count == 1}buyer imported{#else}buyers imported{/if}{#else}{count} {#if count == 1}structure imported{#else}structures imported{/if}{/if}")
    String done(int count, boolean buyers);

    @Override
    @Message("Each one's personal link opens their space without a password. It is shown here only, this once:"
            + " copy it now if you need to pass it on.")
    String linksIntro();

    @Override
    @Message("Ref")
    String ref();

    @Override
    @Message("Participant")
    String who();

    @Override
    @Message("Personal link")
    String link();

    @Override
    @Message("{#if buyers}See the list of buyers{#else}See the list of structures{/if}")
    String backToList(boolean buyers);
}
