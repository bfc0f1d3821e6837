package fr.openmap.web.console.participants;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the console's participant pages (buyers, structures), in French (the default);
 * {@link EnglishParticipantsMessages} says them in English. Templates read them as {@code {participants:colRef}}.
 */
@MessageBundle(value = "participants", locale = "fr")
public interface ParticipantsMessages {

    @Message("Acheteurs")
    String buyersTitle();

    @Message("Structures")
    String structuresTitle();

    @Message("Rechercher (nom, organisme, contact, courriel)")
    String search();

    @Message("Sans tenir compte des accents ni des majuscules.")
    String searchHint();

    @Message("Rechercher et filtrer")
    String filtersTitle();

    @Message("Rendez-vous du planning")
    String filterMeetings();

    @Message("Avec ou sans")
    String meetingsAny();

    @Message("Avec rendez-vous")
    String meetingsWith();

    @Message("Sans rendez-vous")
    String meetingsWithout();

    @Message("Toutes")
    String filterAll();

    @Message("Filtrer")
    String filterApply();

    @Message("Tout afficher")
    String filterReset();

    @Message("Réf.")
    String colRef();

    @Message("Organisme et service")
    String colOrganization();

    @Message("Service")
    String colService();

    @Message("Contact et courriel")
    String colContact();

    @Message("Courriel")
    String colEmail();

    @Message("Table")
    String colTable();

    @Message("Centres d'intérêt")
    String colInterests();

    @Message("Rendez-vous au plus")
    String colMaxMeetings();

    @Message("Demandes")
    String colRequests();

    @Message("Rendez-vous")
    String colMeetings();

    @Message("Actions")
    String colActions();

    @Message("Nom et SIRET")
    String colName();

    @Message("Forme juridique")
    String colLegalForm();

    @Message("SIRET")
    String colSiret();

    @Message("Département")
    String colDepartment();

    @Message("Secteur")
    String colSector();

    @Message("Représentants")
    String colRepresentatives();

    @Message("Pitch")
    String colPitch();

    @Message("Modifier")
    String edit();

    @Message("Supprimer")
    String delete();

    @Message("sans limite")
    String noLimit();

    @Message("Ajouter un acheteur")
    String addBuyer();

    @Message("Ajouter une structure")
    String addStructure();

    @Message("Importer des acheteurs depuis un tableur")
    String importBuyers();

    @Message("Importer des structures depuis un tableur")
    String importStructures();

    @Message("Exporter en CSV (Excel)")
    String exportCsv();

    @Message("Exporter en Excel (.xlsx)")
    String exportXlsx();

    @Message("Aucun participant ne correspond à la recherche.")
    String noneShown();

    @Message("Entreprise d'insertion (EI)")
    String legalFormEI();

    @Message("Entreprise de travail temporaire d'insertion (ETTI)")
    String legalFormETTI();

    @Message("Atelier et chantier d'insertion (ACI)")
    String legalFormACI();

    @Message("Association intermédiaire (AI)")
    String legalFormAI();

    @Message("Entreprise adaptée (EA)")
    String legalFormEA();

    @Message("Établissement et service d'aide par le travail (ESAT)")
    String legalFormESAT();

    @Message("Société coopérative et participative (SCOP)")
    String legalFormSCOP();

    @Message("Société coopérative d'intérêt collectif (SCIC)")
    String legalFormSCIC();

    @Message("Association")
    String legalFormASSOCIATION();

    @Message("Entreprise solidaire d'utilité sociale (ESUS)")
    String legalFormESUS();

    @Message("Autre forme")
    String legalFormOTHER();

    @Message("Pas de candidature")
    String pitchNone();

    @Message("Candidature déposée")
    String pitchAPPLIED();

    @Message("Retenue")
    String pitchSELECTED();

    @Message("Sur liste d'attente")
    String pitchWAITLISTED();

    @Message("Non retenue")
    String pitchNOT_SELECTED();

    @Message("Retirée")
    String pitchWITHDRAWN();

    @Message("Réf. (facultative)")
    String fieldRef();

    @Message("Laissée vide, elle est attribuée dans l'ordre\u00A0: B01, S01…")
    String fieldRefHint();

    @Message("Réf.")
    String fieldRefFixed();

    @Message("Organisme")
    String fieldOrganization();

    @Message("Service (facultatif)")
    String fieldService();

    @Message("Nom du contact")
    String fieldContactName();

    @Message("Courriel")
    String fieldEmail();

    @Message("Centres d'intérêt (un par ligne, facultatifs)")
    String fieldInterests();

    @Message("Nombre maximal de rendez-vous (facultatif)")
    String fieldMaxMeetings();

    @Message("Langue des courriels et de la page personnelle")
    String fieldLanguage();

    @Message("Français")
    String languageFr();

    @Message("Anglais")
    String languageEn();

    @Message("Nom de la structure")
    String fieldName();

    @Message("Forme juridique")
    String fieldLegalForm();

    @Message("SIRET (14 chiffres)")
    String fieldSiret();

    @Message("Département (01, 2A, 75, 971…)")
    String fieldDepartment();

    @Message("Secteur d'activité (facultatif)")
    String fieldSector();

    @Message("Nombre de représentants (rendez-vous tenus en même temps)")
    String fieldRepresentatives();

    @Message("Réservé aux organisateurs")
    String organizerOnly();

    @Message("Table attribuée (facultative)")
    String fieldTable();

    @Message("Statut du pitch")
    String fieldPitchStatus();

    @Message("Rang sur la liste (facultatif)")
    String fieldPitchRank();

    @Message("Indisponibilités")
    String unavailableTitle();

    @Message("Plages sans rendez-vous possible. Laissez vides les lignes inutiles\u00A0; pour en ajouter, enregistrez puis modifiez de nouveau.")
    String unavailableHint();

    @Message("Jour (vide\u00A0: le jour de l'événement)")
    String windowDate();

    @Message("De")
    String windowStart();

    @Message("À")
    String windowEnd();

    @Message("Ajouter un acheteur")
    String newBuyerTitle();

    @Message("Ajouter une structure")
    String newStructureTitle();

    @Message("Ajouter l'acheteur")
    String submitAddBuyer();

    @Message("Ajouter la structure")
    String submitAddStructure();

    @Message("Enregistrer les modifications")
    String submitSave();

    @Message("Retour à la liste")
    String backToList();

    @Message("Son lien personnel, à lui transmettre. Il n'est affiché qu'une fois\u00A0: notez-le maintenant (on peut en émettre un nouveau plus tard, l'ancien cessant alors de fonctionner).")
    String personalLinkIntro();

    @Message("Lien personnel")
    String personalLinkLabel();

    @Message("La suppression est définitive.")
    String deleteIrreversible();

    @Message("Aucune demande, réservation ni rendez-vous du planning ne sera supprimé avec.")
    String deleteNothingElse();

    @Message("Sa candidature au pitch, s'il y en a une, est supprimée aussi.")
    String deletePitch();

    @Message("Supprimer définitivement")
    String deleteSubmit();

    @Message("{total} acheteur{#if total > 1}s{/if}, {shown} affiché{#if shown > 1}s{/if}")
    String buyersCount(int total, int shown);

    @Message("{total} structure{#if total > 1}s{/if}, {shown} affichée{#if shown > 1}s{/if}")
    String structuresCount(int total, int shown);

    @Message("Modifier {name}")
    String editNamed(String name);

    @Message("Supprimer {name}")
    String deleteNamed(String name);

    @Message("Modifier l'acheteur «\u00A0{name}\u00A0»")
    String editBuyerTitle(String name);

    @Message("Modifier la structure «\u00A0{name}\u00A0»")
    String editStructureTitle(String name);

    @Message("Acheteur «\u00A0{name}\u00A0» ajouté, réf. {ref}.")
    String buyerAdded(String name, String ref);

    @Message("Structure «\u00A0{name}\u00A0» ajoutée, réf. {ref}.")
    String structureAdded(String name, String ref);

    @Message("Modifications de «\u00A0{name}\u00A0» enregistrées.")
    String savedNotice(String name);

    @Message("Inscription de «\u00A0{name}\u00A0» supprimée.")
    String deletedNotice(String name);

    @Message("Supprimer l'acheteur «\u00A0{name}\u00A0»")
    String deleteBuyerTitle(String name);

    @Message("Supprimer la structure «\u00A0{name}\u00A0»")
    String deleteStructureTitle(String name);

    @Message("{requests} demande{#if requests > 1}s{/if}, {bookings} réservation{#if bookings > 1}s{/if}, {meetings} rendez-vous du planning seront supprimés avec.")
    String deleteWhat(long requests, long bookings, long meetings);

    @Message("Plage {number}")
    String windowLegend(int number);

    @Message("Choisir…")
    String choose();

    @Message("Voir comme")
    String viewAs();

    @Message("Voir comme {name}")
    String viewAsNamed(String name);
}
