package fr.openmap.print;

import fr.openmap.access.Caller;
import fr.openmap.agenda.AgendaPublisher;
import fr.openmap.agenda.AgendaStatus;
import fr.openmap.agenda.ParticipantAgenda;
import fr.openmap.agenda.PublishedAgendas;
import fr.openmap.agenda.PublishedAgendas.Published;
import fr.openmap.agenda.PublishedAgendas.Sheet;
import fr.openmap.agenda.PublishedMeeting;
import fr.openmap.day.CheckInCodes;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.ProgrammeItem;
import fr.openmap.event.Slot;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.outbox.PersonalLinks;
import fr.openmap.pitch.PitchRunningOrderService;
import fr.openmap.pitch.RunningOrder;
import fr.openmap.registration.AccessTokens;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.timetable.ScheduledMeeting;
import fr.openmap.validation.ConflictException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The printed documents of an event, as PDFs: the personal agendas and their booklet (as last sent, never the
 * unsent timetable), the table signs and the wall chart (from the same sent agendas), the badges and the pitch
 * running order. Each is an XHTML Qute template (templates/PrintDocuments/) rendered by {@link PdfRenderer}; the
 * personal agenda's words are the agenda email's. Documents other than an agenda are written in French.
 */
@ApplicationScoped
public class PrintDocuments {

    private static final Language DOCUMENTS = Language.DEFAULT;
    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);
    private static final int AGENDA_QR_MM = 30;
    private static final int BADGE_QR_MM = 34;

    static final Text NO_TIMETABLE = Text.of("Nothing to print yet: the timetable has not been built.",
            "Rien à imprimer pour l'instant\u00a0: le planning n'est pas encore construit.");
    static final Text NOTHING_SENT = Text.of(
            "Nothing to print yet: no agenda has been sent. The documents show the agendas as the participants "
                    + "received them: send the agendas first.",
            "Rien à imprimer pour l'instant\u00a0: aucun agenda n'a été envoyé. Les documents reprennent les agendas "
                    + "tels que les participants les ont reçus\u00a0: envoyez d'abord les agendas.");
    static final Text NO_PARTICIPANT = Text.of("Nothing to print yet: no participant is registered.",
            "Rien à imprimer pour l'instant\u00a0: aucun participant n'est inscrit.");
    static final Text NO_PITCH = Text.of("Nothing to print yet: no structure is selected to pitch.",
            "Rien à imprimer pour l'instant\u00a0: aucune structure n'est retenue pour pitcher.");

    @Inject
    EventService events;
    @Inject
    PublishedAgendas publishedAgendas;
    @Inject
    AgendaPublisher publisher;
    @Inject
    PitchRunningOrderService runningOrders;
    @Inject
    RegistrationService registrations;
    @Inject
    PersonalLinks links;
    @Inject
    AccessTokens tokens;
    @Inject
    CheckInCodes checkIn;
    @Inject
    Caller caller;
    @Inject
    PdfRenderer pdf;

    @CheckedTemplate
    static class Templates {
        /** One agenda page (a fragment, in its participant's language): the booklet and the personal agenda hold it. */
        static native TemplateInstance agendaPage(ParticipantAgenda a, String qr);

        static native TemplateInstance agendas(String title, List<String> pages);

        static native TemplateInstance tableSigns(Event event, List<TableSign> signs);

        static native TemplateInstance wallChart(Event event, WallChart chart);

        static native TemplateInstance badges(Event event, List<Badge> badges);

        static native TemplateInstance runningOrder(Event event, ProgrammeItem item, List<RunningOrder.Pitch> pitches);
    }

    /** A PDF with the name it is downloaded under. */
    public record PrintedFile(String name, byte[] content) {
        public static final String MEDIA_TYPE = "application/pdf";
    }

    /** A buyer at a table: organization and service. */
    public record Host(String organization, String service) {
    }

    /** One meeting at a table, the structure met (and the buyer when a table has several). */
    public record SignMeeting(LocalDate day, LocalTime start, LocalTime end, String buyer, String structure,
                              String details) {
    }

    /** One table's sign: its number, who sits there, its meetings in time order. */
    public record TableSign(String table, List<Host> hosts, List<SignMeeting> meetings, boolean multiDay) {
        public boolean shared() {
            return hosts.size() > 1;
        }
    }

    /** One cell of the wall chart: the pair meeting at that table and slot, or nobody. */
    public record ChartCell(String buyer, String structure) {
        public boolean empty() {
            return buyer == null;
        }
    }

    /** One slot of the wall chart with a cell per table. */
    public record ChartRow(LocalDate day, LocalTime start, LocalTime end, List<ChartCell> cells) {
    }

    /** The room's chart: slots (rows) by tables (columns). */
    public record WallChart(List<String> tables, List<ChartRow> rows, boolean multiDay) {
    }

    /** A badge: who, from where, as what ({@code kind} colours the band), and the check-in QR code. */
    public record Badge(String name, String organization, String role, String kind, String qr, String code) {
    }

    /**
     * What each document holds now, for the console's list: the agendas sent ({@code sent}, sorted by name), the
     * tables, slots, badges and pitches; {@code changed} and {@code unsent} agendas since the send.
     */
    public record Contents(boolean timetableBuilt, List<SentAgenda> sent, int tables, int slots, int badges,
                           int pitches, int changed, int unsent) {
        public int agendas() {
            return sent.size();
        }

        /** True when the timetable moved on since the agendas were sent: paper shows what was sent. */
        public boolean timetableChangedSinceSent() {
            return !sent.isEmpty() && changed + unsent > 0;
        }

        /** Why the agendas, table signs and wall chart cannot be printed yet; null when they can. */
        public Text whyNoAgendas() {
            return !sent.isEmpty() ? null : timetableBuilt ? NOTHING_SENT : NO_TIMETABLE;
        }

        public Text whyNoBadges() {
            return badges > 0 ? null : NO_PARTICIPANT;
        }

        public Text whyNoRunningOrder() {
            return pitches > 0 ? null : NO_PITCH;
        }
    }

    /** A participant who was sent an agenda. */
    public record SentAgenda(String ref, String name) {
    }

    /** What the documents would hold now, without rendering any. */
    @Transactional
    public Contents contents(long eventId) {
        Event event = events.require(eventId);
        Published published = publishedAgendas.of(eventId);
        List<AgendaStatus> statuses = publisher.statuses(eventId);
        return new Contents(ScheduledMeeting.count("event", event) > 0, published.sheets().stream()
                .map(sheet -> new SentAgenda(sheet.participant().ref, sheet.participant().displayName())).toList(),
                tableSigns(published).size(), event.slots().size(), published.everyone().size(),
                runningOrders.of(event).size(),
                (int) statuses.stream().filter(s -> s.state() == AgendaStatus.State.CHANGED).count(),
                (int) statuses.stream().filter(s -> s.state() == AgendaStatus.State.NEW).count());
    }

    /** Every agenda sent, one page each, sorted by name: the welcome desk's booklet. */
    @Transactional
    public PrintedFile booklet(long eventId) {
        caller.requireOrganizer();
        Published published = requireSent(eventId);
        List<String> pages = published.sheets().stream().map(this::agendaPage).toList();
        String html = Templates.agendas(DOCUMENTS.messages(PrintWords.class).bookletTitle(published.event().title), pages)
                .setLocale(DOCUMENTS.locale).render();
        return new PrintedFile("agendas-" + published.event().slug + ".pdf", pdf.render(html));
    }

    /** One participant's agenda as sent to them, with a QR code to their personal page: for the organizer or them. */
    @Transactional
    public PrintedFile agenda(long eventId, String ref) {
        events.require(eventId);
        Participant participant = registrations.participant(eventId, ref)
                .orElseThrow(() -> Participant.notFound(eventId, ref));
        caller.requireSelfOrOrganizer(participant);
        Published published = requireSent(eventId);
        Sheet sheet = published.sheets().stream().filter(s -> s.participant().ref.equals(ref)).findFirst()
                .orElseThrow(() -> new ConflictException(Text.of(
                        "No agenda has been sent to " + participant.displayName() + " yet: there is nothing to print.",
                        "Aucun agenda n'a encore été envoyé à " + participant.displayName()
                                + "\u00a0: rien à imprimer.")));
        String html = Templates.agendas(sheet.agenda().language().messages(PrintWords.class)
                        .agendaTitle(participant.displayName()), List.of(agendaPage(sheet)))
                .setLocale(sheet.agenda().language().locale).render();
        return new PrintedFile("agenda-" + published.event().slug + "-" + ref + ".pdf", pdf.render(html));
    }

    /** One landscape page per table: its number, its buyer, its meetings. */
    @Transactional
    public PrintedFile tableSigns(long eventId) {
        caller.requireOrganizer();
        Published published = requireSent(eventId);
        String html = Templates.tableSigns(published.event(), tableSigns(published)).setLocale(DOCUMENTS.locale).render();
        return new PrintedFile("tables-" + published.event().slug + ".pdf", pdf.render(html));
    }

    /** Slots by tables, both names in each cell: for the wall of the room. */
    @Transactional
    public PrintedFile wallChart(long eventId) {
        caller.requireOrganizer();
        Published published = requireSent(eventId);
        String html = Templates.wallChart(published.event(), wallChart(published)).setLocale(DOCUMENTS.locale).render();
        return new PrintedFile("plan-de-salle-" + published.event().slug + ".pdf", pdf.render(html));
    }

    /** One badge per participant, sorted by name, with the QR code and the short code of their check-in. */
    @Transactional
    public PrintedFile badges(long eventId) {
        caller.requireOrganizer();
        Published published = publishedAgendas.of(eventId);
        List<Badge> badges = badges(published);
        if (badges.isEmpty()) {
            throw new ConflictException(NO_PARTICIPANT);
        }
        String html = Templates.badges(published.event(), badges).setLocale(DOCUMENTS.locale).render();
        return new PrintedFile("badges-" + published.event().slug + ".pdf", pdf.render(html));
    }

    /** Who pitches when. */
    @Transactional
    public PrintedFile runningOrder(long eventId) {
        caller.requireOrganizer();
        Event event = events.require(eventId);
        List<RunningOrder.Pitch> pitches = runningOrders.of(event);
        if (pitches.isEmpty()) {
            throw new ConflictException(NO_PITCH);
        }
        ProgrammeItem item = PitchRunningOrderService.pitchesItem(event).orElse(null);
        String html = Templates.runningOrder(event, item, pitches).setLocale(DOCUMENTS.locale).render();
        return new PrintedFile("pitches-" + event.slug + ".pdf", pdf.render(html));
    }

    private Published requireSent(long eventId) {
        Published published = publishedAgendas.of(eventId);
        if (published.isEmpty()) {
            throw new ConflictException(ScheduledMeeting.count("event", published.event()) == 0 ? NO_TIMETABLE : NOTHING_SENT);
        }
        return published;
    }

    /** The page of one agenda, in its participant's language; the QR code opens their personal page. */
    private String agendaPage(Sheet sheet) {
        // the link as the agenda email carries it, with the participant's current token
        String link = links.link(sheet.participant(), tokens.tokenOf(sheet.participant()));
        ParticipantAgenda agenda = sheet.agenda();
        return Templates.agendaPage(agenda, QrCodes.svg(link, AGENDA_QR_MM))
                .setLocale(agenda.language().locale).render();
    }

    /** Every meeting sent, each pair once (as its buyer was told, as in {@code AgendaPublications}). */
    private static List<PublishedMeeting> meetings(Published published) {
        Map<String, PublishedMeeting> byPair = new LinkedHashMap<>();
        published.sheets().stream().sorted(Comparator.comparing((Sheet s) -> !s.buyer()))
                .forEach(s -> s.agenda().meetings().forEach(m -> byPair.putIfAbsent(m.meeting().pairKey(), m.meeting())));
        return byPair.values().stream().sorted(PublishedMeeting.ORDER).toList();
    }

    private static List<TableSign> tableSigns(Published published) {
        List<PublishedMeeting> meetings = meetings(published);
        Map<String, List<Buyer>> hosts = new LinkedHashMap<>();
        for (String table : tables(published, meetings)) {
            hosts.put(table, new ArrayList<>());
        }
        for (Sheet sheet : published.sheets()) {
            if (sheet.participant() instanceof Buyer buyer && sheet.agenda().buyerTable() != null) {
                hosts.computeIfAbsent(sheet.agenda().buyerTable(), t -> new ArrayList<>()).add(buyer);
            }
        }
        // a buyer whose meetings are at several tables is shown at each of them
        for (PublishedMeeting m : meetings) {
            if (published.everyone().get(m.buyer()) instanceof Buyer buyer && !hosts.get(m.table()).contains(buyer)) {
                hosts.get(m.table()).add(buyer);
            }
        }
        boolean multiDay = meetings.stream().map(PublishedMeeting::date).distinct().count() > 1;
        List<TableSign> signs = new ArrayList<>();
        hosts.forEach((table, buyers) -> signs.add(new TableSign(table,
                buyers.stream().map(b -> new Host(b.organization, b.service)).toList(),
                meetings.stream().filter(m -> m.table().equals(table))
                        .map(m -> new SignMeeting(m.date(), m.start(), m.end(), name(published, m.buyer()),
                                name(published, m.structure()), details(published.everyone().get(m.structure()))))
                        .toList(), multiDay)));
        return signs;
    }

    private static WallChart wallChart(Published published) {
        List<PublishedMeeting> meetings = meetings(published);
        List<String> tables = tables(published, meetings);
        record When(LocalDate day, LocalTime start, LocalTime end) {
        }
        TreeSet<When> slots = new TreeSet<>(Comparator.comparing(When::day).thenComparing(When::start).thenComparing(When::end));
        for (Slot s : published.event().slots()) {
            slots.add(new When(s.date(), s.start(), s.end()));
        }
        meetings.forEach(m -> slots.add(new When(m.date(), m.start(), m.end())));
        List<ChartRow> rows = new ArrayList<>();
        for (When when : slots) {
            List<ChartCell> cells = new ArrayList<>();
            for (String table : tables) {
                cells.add(meetings.stream()
                        .filter(m -> m.table().equals(table) && m.date().equals(when.day()) && m.start().equals(when.start()))
                        .findFirst()
                        .map(m -> new ChartCell(name(published, m.buyer()), name(published, m.structure())))
                        .orElse(new ChartCell(null, null)));
            }
            rows.add(new ChartRow(when.day(), when.start(), when.end(), cells));
        }
        return new WallChart(tables, rows, slots.stream().map(When::day).distinct().count() > 1);
    }

    private List<Badge> badges(Published published) {
        PrintWords words = DOCUMENTS.messages(PrintWords.class);
        long eventId = published.event().id;
        return published.everyone().values().stream()
                .sorted(Comparator.comparing((Participant p) -> p.contactName, FRENCH).thenComparing(p -> p.ref))
                .map(p -> {
                    String code = checkIn.codeOf(eventId, p.ref);
                    boolean buyer = p instanceof Buyer;
                    return new Badge(p.contactName, p.displayName(), buyer ? words.roleBuyer() : words.roleStructure(),
                            buyer ? "buyer" : "structure", QrCodes.svg(checkIn.link(eventId, code), BADGE_QR_MM), code);
                })
                .toList();
    }

    /** The tables of the meetings and of the buyers, "2" before "10". */
    private static List<String> tables(Published published, List<PublishedMeeting> meetings) {
        TreeSet<String> tables = new TreeSet<>(Comparator.comparing((String t) -> t.length()).thenComparing(t -> t));
        meetings.forEach(m -> tables.add(m.table()));
        published.sheets().stream().map(s -> s.agenda().buyerTable()).filter(Objects::nonNull).forEach(tables::add);
        return List.copyOf(tables);
    }

    private static String name(Published published, String ref) {
        Participant p = published.everyone().get(ref);
        return p == null ? ref : p.displayName();
    }

    private static String details(Participant participant) {
        if (!(participant instanceof Structure s)) {
            return "";
        }
        String form = s.legalForm == null ? "" : s.legalForm.label().in(DOCUMENTS);
        return s.sector == null || s.sector.isBlank() ? form : form + " · " + s.sector;
    }
}
