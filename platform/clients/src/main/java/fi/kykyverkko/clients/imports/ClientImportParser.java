package fi.kykyverkko.clients.imports;

import static fi.kykyverkko.clients.imports.ClientImportColumns.CLIENT_COLUMNS;
import static fi.kykyverkko.clients.imports.ClientImportColumns.CLIENT_REF;
import static fi.kykyverkko.clients.imports.ClientImportColumns.EMAIL;
import static fi.kykyverkko.clients.imports.ClientImportColumns.ENDED;
import static fi.kykyverkko.clients.imports.ClientImportColumns.END_REASON;
import static fi.kykyverkko.clients.imports.ClientImportColumns.FIRST_NAME;
import static fi.kykyverkko.clients.imports.ClientImportColumns.IDENTITY_CODE;
import static fi.kykyverkko.clients.imports.ClientImportColumns.LANGUAGE;
import static fi.kykyverkko.clients.imports.ClientImportColumns.LAST_NAME;
import static fi.kykyverkko.clients.imports.ClientImportColumns.MUNICIPALITY;
import static fi.kykyverkko.clients.imports.ClientImportColumns.NICKNAME;
import static fi.kykyverkko.clients.imports.ClientImportColumns.PHONE;
import static fi.kykyverkko.clients.imports.ClientImportColumns.RESPONSIBLE;
import static fi.kykyverkko.clients.imports.ClientImportColumns.SERVICE;
import static fi.kykyverkko.clients.imports.ClientImportColumns.STARTED;

import fi.kykyverkko.clients.ClientsModule;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientLanguage;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.Labelled;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.imports.Choices;
import fi.kykyverkko.kernel.domain.imports.FieldMapping;
import fi.kykyverkko.kernel.exchange.csv.CsvProblem;
import fi.kykyverkko.kernel.exchange.csv.CsvResult;
import fi.kykyverkko.kernel.exchange.csv.CsvRow;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a client import file against one region (its phases, services, network people and the clients already
 * registered there) into the clients that may be imported and a line-by-line account of the rest. Nothing here
 * writes: {@link ClientImport} stores the plans. The policy:
 * <ul>
 *   <li>a problem of the whole file (not a spreadsheet, too large, a required column missing) imports nothing;</li>
 *   <li>rows are grouped into clients by {@code client_ref}; a client is imported with all its rows or not at all,
 *       so no history is half imported: one wrong row skips its client, and the client's other rows are listed as
 *       skipped with it;</li>
 *   <li>every wrong row is listed with every reason, by its line; a cell's value is never part of a reason;</li>
 *   <li>an identity code already registered in the region, or given to an earlier client of the file, is a warning:
 *       that client is not imported, and the line is named, never the code.</li>
 * </ul>
 */
public final class ClientImportParser {

    /** A row whose {@code client_ref} starts with this is a comment (the template's example row and notes). */
    public static final String COMMENT = "#";

    private static final DateTimeFormatter FINNISH_DAY = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /**
     * What the parser needs to know of the region.
     *
     * @param peopleByEmail the ids of the region's network people with this e-mail address (lower case)
     * @param registered    the id of the client the region already has with this identity code, found by its lookup key
     */
    public record Region(List<Phase> phases, List<ClientService> services, Function<String, List<Long>> peopleByEmail,
                         Function<IdentityCode, Optional<Long>> registered) {
    }

    /** The file read: the clients to import, every line to report, and whether the file as a whole was refused. */
    public record Parsed(String fileType, String encoding, char separator, int rows, List<ClientPlan> clients,
                         int clientsSkipped, List<ImportLine> problems, List<Long> registeredMatches) {

        public boolean rejected() {
            return problems.stream().anyMatch(p -> p.line() == 0 && p.kind() == ImportLine.Kind.ERROR);
        }

        /** The report of an import that created these many clients and episodes. */
        public ClientImportReport report(int clientsCreated, int episodesCreated, List<ImportLine> more) {
            List<ImportLine> all = new ArrayList<>(problems);
            all.addAll(more);
            return new ClientImportReport(fileType, encoding, separator, rows, clientsCreated, episodesCreated,
                    clientsSkipped + (int) more.stream().filter(p -> p.kind() == ImportLine.Kind.ERROR).count(), all);
        }
    }

    private final Region region;
    private final List<Phase> phaseColumns;
    private final Phase firstPhase;

    public ClientImportParser(Region region) {
        this.region = region;
        this.phaseColumns = ClientImportColumns.phaseColumns(region.phases());
        this.firstPhase = region.phases().stream().filter(p -> !p.ends()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the region has no clienthood phases"));
    }

    public Parsed parse(byte[] file) {
        SpreadsheetFile sheet = SpreadsheetFile.read(file, ClientImportColumns.columns(region.phases()));
        CsvResult csv = sheet.rows();
        String encoding = csv.charset() == null ? null : csv.charset().name();
        List<ImportLine> problems = new ArrayList<>();
        List<CsvRow> rows = csv.rows().stream().filter(r -> !r.get(CLIENT_REF).startsWith(COMMENT)).toList();
        Set<Integer> dataLines = rows.stream().map(CsvRow::line).collect(Collectors.toSet());
        for (CsvProblem p : csv.problems()) {
            if (p.line() == 0) {
                problems.add(new ImportLine(0, p.column(), p.key(), p.arguments(), p.error() ? ImportLine.Kind.ERROR : ImportLine.Kind.NOTE));
            } else if (dataLines.contains(p.line())) { // a comment row's problems are nobody's concern
                problems.add(new ImportLine(p.line(), p.column(), p.key(), p.arguments(), p.error() ? ImportLine.Kind.ERROR : ImportLine.Kind.NOTE));
            }
        }
        if (problems.stream().anyMatch(p -> p.line() == 0 && p.kind() == ImportLine.Kind.ERROR)) {
            return new Parsed(sheet.type(), encoding, csv.separator(), 0, List.of(), 0, problems, List.of());
        }

        // a client's rows, in the order the client first appears; a row without a key is a client of its own
        Map<String, List<CsvRow>> byClient = new LinkedHashMap<>();
        for (CsvRow row : rows) {
            String ref = row.get(CLIENT_REF).strip();
            byClient.computeIfAbsent(ref.isEmpty() ? "\u0000line" + row.line() : ref, k -> new ArrayList<>()).add(row);
        }
        List<ClientPlan> plans = new ArrayList<>();
        List<Long> registeredMatches = new ArrayList<>();
        Map<String, Integer> codesSeen = new HashMap<>();
        int skipped = 0;
        for (List<CsvRow> clientRows : byClient.values()) {
            Optional<ClientPlan> plan = client(csv, clientRows, problems, codesSeen, registeredMatches);
            if (plan.isPresent()) {
                plans.add(plan.get());
            } else {
                skipped++;
            }
        }
        return new Parsed(sheet.type(), encoding, csv.separator(), rows.size(), plans, skipped, problems, registeredMatches);
    }

    /** One client's rows: the plan when every row is right and the client is new, otherwise every line to report. */
    private Optional<ClientPlan> client(CsvResult csv, List<CsvRow> rows, List<ImportLine> problems, Map<String, Integer> codesSeen,
                                        List<Long> registeredMatches) {
        CsvRow first = rows.get(0);
        Map<Integer, List<ImportLine>> lines = new LinkedHashMap<>();
        rows.forEach(r -> lines.put(r.line(), new ArrayList<>(problemsOf(problems, r.line()))));
        problems.removeIf(p -> lines.containsKey(p.line())); // put back below, in this client's order
        Set<String> refused = refusedCells(lines.get(first.line()));
        List<ImportLine> firstLines = lines.get(first.line());

        if (first.get(CLIENT_REF).isBlank()) {
            firstLines.add(ImportLine.error(first.line(), CLIENT_REF, "validation.required"));
        }
        Client client = client(first, refused, firstLines);
        IdentityCode code = null;
        String codeText = cell(first, IDENTITY_CODE, refused);
        ImportLine duplicate = null;
        if (!codeText.isEmpty()) {
            if (IdentityCode.problemWith(codeText) != null) {
                // the reason alone: which character is wrong would tell part of the code
                firstLines.add(ImportLine.error(first.line(), IDENTITY_CODE, "clients.import.identity-code-invalid"));
            } else {
                code = IdentityCode.parse(codeText);
                Integer earlier = codesSeen.putIfAbsent(code.value(), first.line());
                if (earlier != null) {
                    duplicate = ImportLine.warning(first.line(), IDENTITY_CODE, "clients.import.code-repeated", earlier);
                } else {
                    Optional<Long> there = region.registered().apply(code);
                    if (there.isPresent()) {
                        registeredMatches.add(there.get());
                        duplicate = ImportLine.warning(first.line(), IDENTITY_CODE, "clients.import.already-registered");
                    }
                }
            }
        }

        List<EpisodePlan> episodes = new ArrayList<>();
        for (CsvRow row : rows) {
            List<ImportLine> rowLines = lines.get(row.line());
            Set<String> rowRefused = refusedCells(rowLines);
            if (row != first) {
                sameClient(first, row, rowRefused, rowLines);
            }
            episode(row, rowRefused, rowLines).ifPresent(episodes::add);
        }

        int badLine = lines.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(p -> p.kind() == ImportLine.Kind.ERROR))
                .map(Map.Entry::getKey).findFirst().orElse(0);
        if (duplicate != null) {
            firstLines.add(duplicate);
        }
        boolean imported = badLine == 0 && duplicate == null;
        if (!imported) {
            int reason = badLine == 0 ? first.line() : badLine;
            lines.forEach((line, list) -> {
                if (list.stream().noneMatch(p -> p.kind() != ImportLine.Kind.NOTE)) {
                    list.add(ImportLine.warning(line, "", "clients.import.skipped-with-client", reason));
                }
            });
        }
        lines.values().forEach(problems::addAll);
        return imported ? Optional.of(new ClientPlan(first.line(), client, code, episodes)) : Optional.empty();
    }

    /** The client as its first row describes them, with every problem of those cells. */
    private Client client(CsvRow row, Set<String> refused, List<ImportLine> lines) {
        String first = cell(row, FIRST_NAME, refused);
        String last = cell(row, LAST_NAME, refused);
        String nickname = cell(row, NICKNAME, refused);
        Client client = Client.named(first, last);
        client.setNickname(nickname);
        client.setMunicipality(cell(row, MUNICIPALITY, refused));
        client.setPhone(cell(row, PHONE, refused));
        client.setEmail(cell(row, EMAIL, refused));
        String language = cell(row, LANGUAGE, refused);
        if (!language.isEmpty()) {
            Labelled.parse(ClientLanguage.class, language, ClientsModule::texts).ifPresentOrElse(client::setLanguage,
                    () -> lines.add(ImportLine.error(row.line(), LANGUAGE, FieldMapping.UNKNOWN_CHOICE,
                            Choices.of(ClientLanguage.class, ClientsModule::texts))));
        }
        for (Problems.Problem p : client.check().list()) {
            lines.add(ImportLine.error(row.line(), clientColumn(p.field()), p.key(), p.args().toArray()));
        }
        return client;
    }

    /** A later row of a client may leave the client's cells empty, but may not say something else. */
    private static void sameClient(CsvRow first, CsvRow row, Set<String> refused, List<ImportLine> lines) {
        for (String column : CLIENT_COLUMNS) {
            String value = cell(row, column, refused);
            if (!value.isEmpty() && !value.equalsIgnoreCase(first.get(column).strip())) {
                lines.add(ImportLine.error(row.line(), column, "clients.import.client-differs", first.line()));
            }
        }
    }

    /** The row's episode, or empty with every problem of its cells and of the acts that would build it. */
    private Optional<EpisodePlan> episode(CsvRow row, Set<String> refused, List<ImportLine> lines) {
        int line = row.line();
        int before = lines.size();
        ClientService service = null;
        String serviceText = cell(row, SERVICE, refused);
        if (serviceText.isEmpty()) {
            if (!refused.contains(SERVICE)) {
                lines.add(ImportLine.error(line, SERVICE, "validation.required"));
            }
        } else {
            service = service(serviceText).orElse(null);
            if (service == null) {
                lines.add(ImportLine.error(line, SERVICE, "clients.episode.unknown-service"));
            }
        }
        LocalDate started = day(row, STARTED, refused, lines);
        if (started == null && cell(row, STARTED, refused).isEmpty() && !refused.contains(STARTED)) {
            lines.add(ImportLine.error(line, STARTED, "validation.required"));
        }
        List<EpisodePlan.Step> steps = new ArrayList<>();
        for (Phase phase : phaseColumns) {
            LocalDate day = day(row, phase.getCode(), refused, lines);
            if (day != null && started != null && day.isBefore(started)) {
                lines.add(ImportLine.error(line, phase.getCode(), "clients.episode.before-start"));
            } else if (day != null) {
                steps.add(new EpisodePlan.Step(phase.getCode(), day));
            }
        }
        LocalDate ended = day(row, ENDED, refused, lines);
        EndReason reason = null;
        String reasonText = cell(row, END_REASON, refused);
        if (!reasonText.isEmpty()) {
            reason = Labelled.parse(EndReason.class, reasonText, ClientsModule::texts).orElse(null);
            if (reason == null) {
                lines.add(ImportLine.error(line, END_REASON, FieldMapping.UNKNOWN_CHOICE, Choices.of(EndReason.class, ClientsModule::texts)));
            }
        }
        if (ended != null && reasonText.isEmpty() && !refused.contains(END_REASON)) {
            lines.add(ImportLine.error(line, END_REASON, "clients.episode.reason-required"));
        }
        if (ended == null && !reasonText.isEmpty() && cell(row, ENDED, refused).isEmpty() && !refused.contains(ENDED)) {
            lines.add(ImportLine.error(line, ENDED, "clients.import.reason-without-end"));
        }
        if (ended == null && service != null && !service.isActive()) {
            lines.add(ImportLine.error(line, SERVICE, "clients.import.service-retired"));
        }
        Long responsible = responsible(row, refused, lines);
        if (lines.size() > before || service == null || started == null) {
            return Optional.empty();
        }

        // the days say the order: phases entered the same day follow the region's order
        steps.sort(Comparator.comparing(EpisodePlan.Step::day));
        String opening = firstPhase.getCode();
        if (!steps.isEmpty() && steps.get(0).day().equals(started)) {
            opening = steps.remove(0).phase();
        } else if (steps.stream().anyMatch(s -> s.phase().equals(firstPhase.getCode()))) {
            // the region's first phase entered after the start: nothing says where the days between were spent
            lines.add(ImportLine.error(line, firstPhase.getCode(), "clients.import.first-phase-after-start"));
            return Optional.empty();
        }
        EpisodePlan plan = new EpisodePlan(line, service, started, opening, steps, ended, reason, responsible);
        // the acts themselves, on a trial episode: what they refuse is reported under the column it concerns
        boolean[] refusedAct = {false};
        plan.build(1, 1, (column, refusal) -> {
            refusedAct[0] = true;
            refusal.problems().list().forEach(p -> lines.add(ImportLine.error(line, column, p.key(), p.args().toArray())));
        });
        return refusedAct[0] ? Optional.empty() : Optional.of(plan);
    }

    private Optional<ClientService> service(String text) {
        return region.services().stream().filter(s -> s.getCode().equalsIgnoreCase(text)
                || text.equalsIgnoreCase(s.getName().fi()) || text.equalsIgnoreCase(s.getName().sv())
                || text.equalsIgnoreCase(s.getName().en())).findFirst();
    }

    private Long responsible(CsvRow row, Set<String> refused, List<ImportLine> lines) {
        String email = cell(row, RESPONSIBLE, refused);
        if (email.isEmpty()) {
            return null;
        }
        List<Long> people = region.peopleByEmail().apply(email.toLowerCase(Locale.ROOT));
        if (people.size() != 1) {
            lines.add(ImportLine.error(row.line(), RESPONSIBLE, people.isEmpty() ? "clients.import.unknown-person" : "clients.import.ambiguous-person"));
            return null;
        }
        return people.get(0);
    }

    /** A day cell: d.M.yyyy or yyyy-MM-dd (a time after it, as Excel may write, ignored); null when empty or wrong. */
    private static LocalDate day(CsvRow row, String column, Set<String> refused, List<ImportLine> lines) {
        String text = cell(row, column, refused);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> day = parseDay(text);
        if (day.isEmpty()) {
            lines.add(ImportLine.error(row.line(), column, "clients.import.bad-date"));
        }
        return day.orElse(null);
    }

    /** The day {@code text} names, in the Finnish way or ISO 8601. */
    public static Optional<LocalDate> parseDay(String text) {
        String day = text.strip().split("\\s+")[0];
        for (DateTimeFormatter format : List.of(FINNISH_DAY, ISO_DAY)) {
            try {
                return Optional.of(LocalDate.parse(day, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }

    /** The cell, stripped; "" for a cell the reader refused already (a formula), so it is reported once. */
    private static String cell(CsvRow row, String column, Set<String> refused) {
        return refused.contains(column) ? "" : row.get(column).strip();
    }

    private static Set<String> refusedCells(List<ImportLine> lines) {
        return lines.stream().filter(p -> !p.column().isEmpty()).map(ImportLine::column).collect(Collectors.toSet());
    }

    private static List<ImportLine> problemsOf(List<ImportLine> problems, int line) {
        return problems.stream().filter(p -> p.line() == line).toList();
    }

    private static String clientColumn(String field) {
        return switch (field) {
            case "firstName" -> FIRST_NAME;
            case "lastName" -> LAST_NAME;
            case "nickname" -> NICKNAME;
            case "municipality" -> MUNICIPALITY;
            case "language" -> LANGUAGE;
            case "phone" -> PHONE;
            case "email" -> EMAIL;
            default -> "";
        };
    }
}
