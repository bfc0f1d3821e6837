package fr.openmap.web.console.imports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the spreadsheet import pages, in French (the default); {@link EnglishImportMessages} says
 * them in English. Templates read them as {@code {imports:title(buyers)}}.
 */
@MessageBundle(value = "imports", locale = "fr")
public interface ImportMessages {

    @Message("{#if buyers}Importer des acheteurs{#else}Importer des structures{/if}")
    String title(boolean buyers);

    @Message("Choisissez un fichier Excel (.xlsx) ou CSV (séparé par des points-virgules, des virgules ou des tabulations,"
            + " comme l'enregistre Excel). La première ligne nomme les colonnes. Vous verrez un aperçu et chaque problème"
            + " avant que rien ne soit enregistré.")
    String chooseIntro();

    @Message("Fichier (CSV ou Excel .xlsx)")
    String fileLabel();

    @Message("Prévisualiser")
    String previewButton();

    @Message("Choisir un autre fichier")
    String otherFile();

    @Message("Le fichier n'est plus disponible (déjà importé ou choisi il y a plus d'une heure) : choisissez-le de nouveau.")
    String fileGone();

    @Message("Fichier")
    String fileName();

    @Message("Format")
    String format();

    @Message("Excel (.xlsx)")
    String formatXlsx();

    @Message("CSV séparé par {separator}, encodage {encoding}")
    String formatCsv(String separator, String encoding);

    @Message("des points-virgules (;)")
    String separatorSemicolon();

    @Message("des virgules (,)")
    String separatorComma();

    @Message("des tabulations")
    String separatorTab();

    @Message("UTF-8 avec BOM")
    String encodingUtf8Bom();

    @Message("UTF-8")
    String encodingUtf8();

    @Message("UTF-16 avec BOM (texte Unicode)")
    String encodingUtf16();

    @Message("Windows-1252 (CSV d'Excel)")
    String encodingWindows1252();

    @Message("Lignes")
    String rows();

    @Message("{#if buyers}{count} {#if count == 1}acheteur{#else}acheteurs{/if}{#else}{count} {#if count == 1}structure{#else}structures{/if}{/if}")
    String participants(int count, boolean buyers);

    @Message("{#if shown < count}Les {shown} premières lignes{#else}Les lignes du fichier{/if}")
    String sampleTitle(int shown, int count);

    @Message(" : ")
    String colon();

    @Message("Ligne")
    String rowNumber();

    @Message("erreur :")
    String faultMark();

    @Message("Correspondance des colonnes")
    String mappingTitle();

    @Message("Chaque colonne du fichier remplit le champ choisi ; « ignorer » la laisse de côté. Après un changement,"
            + " vérifiez de nouveau.")
    String mappingIntro();

    @Message("Colonne « {header} »")
    String columnLabel(String header);

    @Message("ignorer")
    String ignore();

    @Message("Vérifier de nouveau")
    String recheck();

    @Message("{#if count == 1}1 problème à corriger{#else}{count} problèmes à corriger{/if}")
    String problemsTitle(int count);

    @Message("Rien n'a été enregistré : l'import se fait en entier ou pas du tout. Corrigez le fichier et choisissez-le"
            + " de nouveau, ou changez la correspondance des colonnes.")
    String problemsIntro();

    @Message("L'import est refusé : rien n'a été enregistré. Voici chaque problème.")
    String importRefused();

    @Message("Aucun problème : toutes les lignes peuvent être importées.")
    String noProblems();

    @Message("{#if buyers}Importer {count} {#if count == 1}acheteur{#else}acheteurs{/if}{#else}Importer {count} {#if count == 1}structure{#else}structures{/if}{/if}")
    String importButton(int count, boolean buyers);

    @Message("{#if buyers}{count} {#if count == 1}acheteur importé{#else}acheteurs importés{/if}{#else}{count} {#if count == 1}structure importée{#else}structures importées{/if}{/if}")
    String done(int count, boolean buyers);

    @Message("Le lien personnel de chacun ouvre son espace sans mot de passe. Il n'est affiché qu'ici, une seule fois :"
            + " copiez-le maintenant si vous devez le transmettre.")
    String linksIntro();

    @Message("Réf")
    String ref();

    @Message("Participant")
    String who();

    @Message("Lien personnel")
    String link();

    @Message("{#if buyers}Voir la liste des acheteurs{#else}Voir la liste des structures{/if}")
    String backToList(boolean buyers);
}
