package fr.openmap.web.console.participants;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The participant pages' words in English. */
@Localized("en")
public interface EnglishParticipantsMessages extends ParticipantsMessages {

    @Override
    @Message("Buyers")
    String buyersTitle();

    @Override
    @Message("Structures")
    String structuresTitle();

    @Override
    @Message("Search (name, organization, contact, email)")
    String search();

    @Override
    @Message("Accents and capitals do not matter.")
    String searchHint();

    @Override
    @Message("Search and filter")
    String filtersTitle();

    @Override
    @Message("Meetings of the timetable")
    String filterMeetings();

    @Override
    @Message("With or without")
    String meetingsAny();

    @Override
    @Message("With meetings")
    String meetingsWith();

    @Override
    @Message("Without meetings")
    String meetingsWithout();

    @Override
    @Message("All")
    String filterAll();

    @Override
    @Message("Filter")
    String filterApply();

    @Override
    @Message("Show all")
    String filterReset();

    @Override
    @Message("Ref")
    String colRef();

    @Override
    @Message("Organization and service")
    String colOrganization();

    @Override
    @Message("Service")
    String colService();

    @Override
    @Message("Contact and email")
    String colContact();

    @Override
    @Message("Email")
    String colEmail();

    @Override
    @Message("Table")
    String colTable();

    @Override
    @Message("Interests")
    String colInterests();

    @Override
    @Message("Most meetings")
    String colMaxMeetings();

    @Override
    @Message("Requests")
    String colRequests();

    @Override
    @Message("Meetings")
    String colMeetings();

    @Override
    @Message("Actions")
    String colActions();

    @Override
    @Message("Name and SIRET")
    String colName();

    @Override
    @Message("Legal form")
    String colLegalForm();

    @Override
    @Message("SIRET")
    String colSiret();

    @Override
    @Message("Département")
    String colDepartment();

    @Override
    @Message("Sector")
    String colSector();

    @Override
    @Message("Representatives")
    String colRepresentatives();

    @Override
    @Message("Pitch")
    String colPitch();

    @Override
    @Message("Edit")
    String edit();

    @Override
    @Message("Delete")
    String delete();

    @Override
    @Message("no limit")
    String noLimit();

    @Override
    @Message("Add a buyer")
    String addBuyer();

    @Override
    @Message("Add a structure")
    String addStructure();

    @Override
    @Message("Import buyers from a spreadsheet")
    String importBuyers();

    @Override
    @Message("Import structures from a spreadsheet")
    String importStructures();

    @Override
    @Message("Export as CSV (Excel)")
    String exportCsv();

    @Override
    @Message("Export as Excel (.xlsx)")
    String exportXlsx();

    @Override
    @Message("No participant matches the search.")
    String noneShown();

    @Override
    @Message("Entreprise d'insertion (EI, work integration enterprise)")
    String legalFormEI();

    @Override
    @Message("Entreprise de travail temporaire d'insertion (ETTI, integration temp agency)")
    String legalFormETTI();

    @Override
    @Message("Atelier et chantier d'insertion (ACI, integration workshop)")
    String legalFormACI();

    @Override
    @Message("Association intermédiaire (AI, intermediary association)")
    String legalFormAI();

    @Override
    @Message("Entreprise adaptée (EA, adapted enterprise)")
    String legalFormEA();

    @Override
    @Message("ESAT (sheltered work establishment)")
    String legalFormESAT();

    @Override
    @Message("SCOP (workers' cooperative)")
    String legalFormSCOP();

    @Override
    @Message("SCIC (multi-stakeholder cooperative)")
    String legalFormSCIC();

    @Override
    @Message("Association")
    String legalFormASSOCIATION();

    @Override
    @Message("ESUS (solidarity enterprise of social utility)")
    String legalFormESUS();

    @Override
    @Message("Other form")
    String legalFormOTHER();

    @Override
    @Message("No application")
    String pitchNone();

    @Override
    @Message("Applied")
    String pitchAPPLIED();

    @Override
    @Message("Selected")
    String pitchSELECTED();

    @Override
    @Message("Waitlisted")
    String pitchWAITLISTED();

    @Override
    @Message("Not selected")
    String pitchNOT_SELECTED();

    @Override
    @Message("Withdrawn")
    String pitchWITHDRAWN();

    @Override
    @Message("Ref (optional)")
    String fieldRef();

    @Override
    @Message("Left empty, one is given in order: B01, S01…")
    String fieldRefHint();

    @Override
    @Message("Ref")
    String fieldRefFixed();

    @Override
    @Message("Organization")
    String fieldOrganization();

    @Override
    @Message("Service (optional)")
    String fieldService();

    @Override
    @Message("Contact's name")
    String fieldContactName();

    @Override
    @Message("Email")
    String fieldEmail();

    @Override
    @Message("Interests (one a line, optional)")
    String fieldInterests();

    @Override
    @Message("Most meetings (optional)")
    String fieldMaxMeetings();

    @Override
    @Message("Language of the emails and personal page")
    String fieldLanguage();

    @Override
    @Message("French")
    String languageFr();

    @Override
    @Message("English")
    String languageEn();

    @Override
    @Message("Name of the structure")
    String fieldName();

    @Override
    @Message("Legal form")
    String fieldLegalForm();

    @Override
    @Message("SIRET (14 digits)")
    String fieldSiret();

    @Override
    @Message("Département (01, 2A, 75, 971…)")
    String fieldDepartment();

    @Override
    @Message("Sector (optional)")
    String fieldSector();

    @Override
    @Message("Representatives (meetings held at the same time)")
    String fieldRepresentatives();

    @Override
    @Message("For the organizers only")
    String organizerOnly();

    @Override
    @Message("Table given (optional)")
    String fieldTable();

    @Override
    @Message("Pitch status")
    String fieldPitchStatus();

    @Override
    @Message("Rank on the list (optional)")
    String fieldPitchRank();

    @Override
    @Message("Unavailability")
    String unavailableTitle();

    @Override
    @Message("Times without any meeting. Leave unneeded lines empty; to add more, save and edit again.")
    String unavailableHint();

    @Override
    @Message("Day (empty: the event's day)")
    String windowDate();

    @Override
    @Message("From")
    String windowStart();

    @Override
    @Message("To")
    String windowEnd();

    @Override
    @Message("Add a buyer")
    String newBuyerTitle();

    @Override
    @Message("Add a structure")
    String newStructureTitle();

    @Override
    @Message("Add the buyer")
    String submitAddBuyer();

    @Override
    @Message("Add the structure")
    String submitAddStructure();

    @Override
    @Message("Save the changes")
    String submitSave();

    @Override
    @Message("Back to the list")
    String backToList();

    @Override
    @Message("Their personal link, to pass on to them. It is shown only once: copy it now (a new one can be issued later, the old one then stops working).")
    String personalLinkIntro();

    @Override
    @Message("Personal link")
    String personalLinkLabel();

    @Override
    @Message("Deleting cannot be undone.")
    String deleteIrreversible();

    @Override
    @Message("No request, booking or meeting of the timetable goes with it.")
    String deleteNothingElse();

    @Override
    @Message("Its pitch application, if any, is deleted too.")
    String deletePitch();

    @Override
    @Message("Delete for good")
    String deleteSubmit();

    @Override
    @Message("{total} buyer{#if total != 1}s{/if}, {shown} shown")
    String buyersCount(int total, int shown);

    @Override
    @Message("{total} structure{#if total != 1}s{/if}, {shown} shown")
    String structuresCount(int total, int shown);

    @Override
    @Message("Edit {name}")
    String editNamed(String name);

    @Override
    @Message("Delete {name}")
    String deleteNamed(String name);

    @Override
    @Message("Edit the buyer “{name}”")
    String editBuyerTitle(String name);

    @Override
    @Message("Edit the structure “{name}”")
    String editStructureTitle(String name);

    @Override
    @Message("Buyer “{name}” added, ref {ref}.")
    String buyerAdded(String name, String ref);

    @Override
    @Message("Structure “{name}” added, ref {ref}.")
    String structureAdded(String name, String ref);

    @Override
    @Message("Changes to “{name}” saved.")
    String savedNotice(String name);

    @Override
    @Message("Registration of “{name}” deleted.")
    String deletedNotice(String name);

    @Override
    @Message("Delete the buyer “{name}”")
    String deleteBuyerTitle(String name);

    @Override
    @Message("Delete the structure “{name}”")
    String deleteStructureTitle(String name);

    @Override
    @Message("{requests} request{#if requests != 1}s{/if}, {bookings} booking{#if bookings != 1}s{/if}, {meetings} meeting{#if meetings != 1}s{/if} of the timetable will be deleted with it.")
    String deleteWhat(long requests, long bookings, long meetings);

    @Override
    @Message("Window {number}")
    String windowLegend(int number);

    @Override
    @Message("Choose…")
    String choose();

    @Override
    @Message("View as")
    String viewAs();

    @Override
    @Message("View as {name}")
    String viewAsNamed(String name);
}
