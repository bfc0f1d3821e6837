package fr.openmap.spreadsheet;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.IssuedToken;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.StructureData;
import fr.openmap.registration.StructureInput;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problem;
import fr.openmap.validation.Problems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the buyers or the structures of one spreadsheet into an event, all or nothing: every row is checked
 * by the registration's own rules and against the file's other rows and the event's participants (duplicate
 * emails, SIRETs and refs), every problem listed by row and column; then each row is registered through
 * {@link RegistrationService} in one transaction, which a dry run rolls back.
 */
@ApplicationScoped
public class ParticipantImport {

    private static final Pattern ITEM = Pattern.compile("\\[(\\d+)]");

    @Inject
    Caller caller;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;

    /** A row checked: its cells, the registration's input, and the values to compare (null when invalid). */
    private record Checked<F>(Cells cells, F form, String ref, String email, String siret) {
    }

    /** What must be unique among the participants of one kind, as the registration's rules wrote it (null: invalid). */
    private record Keys(String email, String siret) {
    }

    /**
     * Reads {@code file} (CSV or .xlsx) and imports its rows as {@code kind}, the columns mapped as guessed from
     * the headers and changed by {@code choices} (header as written → field, "" to ignore a column; may be null).
     * With {@code dryRun}, or when there is any problem, nothing is written. A file that cannot be read at all is
     * an {@link InvalidInputException} at {@code file}.
     */
    @Transactional
    public ImportReport importFile(long eventId, Kind kind, byte[] file, Map<String, String> choices, boolean dryRun) {
        caller.requireOrganizer();
        Table table = SpreadsheetReader.read(file);
        Problems problems = new Problems();
        ColumnMapping mapping = ColumnMapping.guess(kind, table.headers()).with(choices, problems);
        for (Columns.Column missing : mapping.missingRequired()) {
            problems.add(Locations.row(1), Text.of("no column holds " + missing.field() + ": name one «" + missing.header()
                            + "» or choose which column holds it",
                    "aucune colonne ne contient " + missing.field() + " : nommez-en une « " + missing.header()
                            + " » ou choisissez la colonne qui le contient"));
        }
        List<IssuedToken> tokens = new ArrayList<>();
        if (problems.isEmpty()) {
            Event event = events.lock(eventId); // duplicates against the event are counted once, refs given once
            Duplicates duplicates = new Duplicates(problems);
            if (kind == Kind.BUYERS) {
                registrations.buyers(eventId).forEach(b -> duplicates.existing(b.ref, b.email, null,
                        Text.of("buyer " + b.ref, "acheteur " + b.ref)));
                List<Checked<BuyerInput>> rows = check(table, mapping, problems, duplicates,
                        ParticipantRows::buyer, BuyerInput::ref,
                        form -> new Keys(ParticipantFields.validBuyer(form, event.date).email(), null));
                if (problems.isEmpty()) {
                    register(rows, form -> registrations.createBuyer(eventId, form).token(), tokens, problems);
                }
            } else {
                registrations.structures(eventId).forEach(s -> duplicates.existing(s.ref, s.email, s.siret,
                        Text.of("structure " + s.ref + " (" + s.name + ")", "structure " + s.ref + " (" + s.name + ")")));
                List<Checked<StructureInput>> rows = check(table, mapping, problems, duplicates,
                        ParticipantRows::structure, StructureInput::ref, form -> {
                            StructureData data = ParticipantFields.validStructure(form, event.date);
                            return new Keys(data.email(), data.siret());
                        });
                if (problems.isEmpty()) {
                    register(rows, form -> registrations.createStructure(eventId, form).token(), tokens, problems);
                }
            }
        }
        boolean written = !dryRun && problems.isEmpty();
        if (!written) {
            QuarkusTransaction.setRollbackOnly();
        }
        return new ImportReport(kind.param, table.format(), table.rows().size(), mapping.columns(), problems.list(),
                written, written ? List.copyOf(tokens) : List.of());
    }

    /**
     * Each row as the registration's input ({@code toForm}), checked by the registration's rules ({@code validate},
     * which answers what must be unique) and against the rows above and the event's participants.
     */
    private static <F> List<Checked<F>> check(Table table, ColumnMapping mapping, Problems problems, Duplicates duplicates,
                                              Function<Cells, F> toForm, Function<F, String> ref, Function<F, Keys> validate) {
        List<Checked<F>> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Cells cells = new Cells(row, mapping, problems);
            F form = toForm.apply(cells);
            Keys keys = new Keys(null, null);
            try {
                keys = validate.apply(form);
            } catch (InvalidInputException e) {
                locate(cells, e, problems);
            }
            Checked<F> checked = new Checked<>(cells, form, ref.apply(form), keys.email(), keys.siret());
            duplicates.check(checked);
            rows.add(checked);
        }
        return rows;
    }

    /**
     * Registers every row in turn, in this transaction. What the registration refuses only when registering
     * (no table left, a ref taken) becomes the problem of its row, and stops there: the transaction is lost.
     */
    private static <F> void register(List<Checked<F>> rows, Function<F, IssuedToken> create, List<IssuedToken> tokens,
                                     Problems problems) {
        for (Checked<F> row : rows) {
            try {
                tokens.add(create.apply(row.form()));
            } catch (ConflictException e) {
                problems.add(Locations.row(row.cells().rowNumber()), e.text());
                return;
            } catch (InvalidInputException e) {
                locate(row.cells(), e, problems);
                return;
            }
        }
    }

    /**
     * The registration's problems of one row at their cells: {@code email} at {@code row 4, Courriel},
     * {@code interests[1]} at the interests' cell as "item 2: ...". A problem the cell already explained is left out.
     */
    private static void locate(Cells cells, InvalidInputException refused, Problems problems) {
        for (Problem p : refused.problems()) {
            String location = p.location();
            String field = location.startsWith("pitch.")
                    ? "pitch" + Character.toUpperCase(location.charAt(6)) + location.substring(7)
                    : location.split("[.\\[]", 2)[0];
            if (cells.reported(field)) {
                continue;
            }
            Matcher item = ITEM.matcher(location);
            String header = cells.header(field);
            String en = header == null ? field + " " : "";
            String fr = en;
            if (item.find()) {
                int n = Integer.parseInt(item.group(1)) + 1;
                en += "item " + n + ": ";
                fr += "élément " + n + " : ";
            }
            problems.add(header == null ? Locations.row(cells.rowNumber()) : Locations.cell(cells.rowNumber(), header),
                    Text.of(en + p.text().english(), fr + p.text().french()));
        }
    }

    /** Refs, emails and SIRETs seen so far, in the event and in the rows above, and who holds them. */
    private static final class Duplicates {
        private final Problems problems;
        private final Map<String, Text> refs = new HashMap<>();
        private final Map<String, Text> emails = new HashMap<>();
        private final Map<String, Text> sirets = new HashMap<>();

        Duplicates(Problems problems) {
            this.problems = problems;
        }

        void existing(String ref, String email, String siret, Text who) {
            Text holder = Text.of("already used by " + who.english() + " in this event",
                    "figure déjà dans cet événement (" + who.french() + ")");
            refs.put(ref, holder);
            if (email != null) {
                emails.putIfAbsent(email.toLowerCase(Locale.ROOT), holder);
            }
            if (siret != null) {
                sirets.putIfAbsent(siret, holder);
            }
        }

        void check(Checked<?> row) {
            int n = row.cells().rowNumber();
            Text here = Text.of("already on row " + n, "figure déjà à la ligne " + n);
            if (row.ref() != null) {
                seen(row, "ref", refs, row.ref(), Text.of("the ref " + row.ref(), "la ref " + row.ref()), here);
            }
            if (row.email() != null) {
                seen(row, "email", emails, row.email().toLowerCase(Locale.ROOT),
                        Text.of("the email " + row.email(), "l'adresse " + row.email()), here);
            }
            if (row.siret() != null) {
                seen(row, "siret", sirets, row.siret(), Text.of("the SIRET " + row.siret(), "le SIRET " + row.siret()), here);
            }
        }

        private void seen(Checked<?> row, String field, Map<String, Text> holders, String key, Text what, Text here) {
            Text holder = holders.putIfAbsent(key, here);
            if (holder != null) {
                problems.add(Locations.cell(row.cells().rowNumber(), row.cells().header(field)),
                        Text.of(what.english() + " is " + holder.english(), what.french() + " " + holder.french()));
            }
        }
    }
}
