package fi.kykyverkko.clients.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.ClientsModule;
import fi.kykyverkko.clients.clients.ClientLanguage;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.domain.imports.FieldMapping;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The client import file read against a region, without a database: dates, phases, codes, duplicates, the policy. */
class ClientImportParserTest {

    /** Valid codes with temporary numbers (900–999), never a real person's. */
    private static final IdentityCode CODE = IdentityCode.of(LocalDate.of(1985, 4, 12), 901);
    private static final IdentityCode REGISTERED = IdentityCode.of(LocalDate.of(1979, 11, 3), 902);
    private static final IdentityCode OTHER = IdentityCode.of(LocalDate.of(1990, 1, 20), 903);

    private static final List<Phase> PHASES = List.of(
            new Phase("initial-screening", MultilingualText.of("Alkukartoitus", "Inledande kartläggning", "Initial screening"), 1),
            new Phase("investigation", MultilingualText.of("Selvittely", "Utredning", "Investigation"), 2),
            new Phase("assessment", MultilingualText.of("Arviointi", "Bedömning", "Assessment"), 3),
            new Phase("team", MultilingualText.of("Tiimi", "Team", "Team"), 4),
            new Phase("follow-up", MultilingualText.of("Seuranta", "Uppföljning", "Follow-up"), 5),
            new Phase("ended", MultilingualText.of("Päättynyt", "Avslutad", "Ended"), 6));

    private static final String HEADER = "client_ref;first_name;last_name;nickname;identity_code;municipality;language;phone;email;"
            + "service;started;initial-screening;investigation;assessment;team;follow-up;ended;end_reason;responsible";

    private final ClientService teamService = new ClientService("tyokykytiimi", MultilingualText.of("Työkykytiimi", "Arbetsförmågeteam", "Work ability team"));
    private final ClientService retired = retired();

    private ClientImportParser parser() {
        return new ClientImportParser(new ClientImportParser.Region(PHASES, List.of(teamService, retired),
                email -> email.equals("ohjaaja@lappi.example") ? List.of(42L) : email.equals("kaksi@lappi.example") ? List.of(1L, 2L) : List.of(),
                code -> code.value().equals(REGISTERED.value()) ? Optional.of(7L) : Optional.empty()));
    }

    private static ClientService retired() {
        ClientService service = new ClientService("vanha", MultilingualText.of("Vanha palvelu", null, null));
        service.retire();
        return service;
    }

    private static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> keysOnLine(ClientImportReport report, int line) {
        return report.rowProblems().getOrDefault(line, List.of()).stream().map(ImportLine::key).toList();
    }

    private static ClientImportReport report(ClientImportParser.Parsed parsed) {
        return parsed.report(parsed.clients().size(), parsed.clients().stream().mapToInt(c -> c.episodes().size()).sum(), List.of());
    }

    /** As the view shows it, in Finnish: the line, the column, the message with its arguments. */
    private static String shown(ImportLine line) {
        ResourceBundle texts = ClientsModule.texts(Locale.forLanguageTag("fi"));
        String message = texts.containsKey(line.key()) ? new MessageFormat(texts.getString(line.key())).format(line.args().toArray()) : line.key();
        return line.line() + " " + line.column() + " " + message;
    }

    @Test
    void finnishAndIsoDaysBecomeTheDatedPhaseHistoryAndTheDurations() {
        ClientImportParser.Parsed parsed = parser().parse(csv(
                "A1;Aino;Alanen;;;Rovaniemi;suomi;040 123 4567;;tyokykytiimi;3.2.2025;3.2.2025;2025-02-17;;17.3.2025;;30.6.2025;Työllistyi;",
                "A1;;;;;;;;;Työkykytiimi;2025-08-01;;;;;;;;ohjaaja@lappi.example"));
        assertTrue(report(parsed).problems().isEmpty(), report(parsed).problems().toString());
        assertEquals(1, parsed.clients().size());
        ClientPlan plan = parsed.clients().get(0);
        assertEquals("Alanen, Aino", plan.client().displayName());
        assertEquals("Rovaniemi", plan.client().getMunicipality());
        assertEquals(ClientLanguage.FI, plan.client().getLanguage());
        assertNull(plan.code());
        assertEquals(2, plan.episodes().size());

        Episode ended = plan.episodes().get(0).build(5, 9);
        assertEquals(List.of("initial-screening", "investigation", "team", "ended"), ended.getPhases().stream().map(p -> p.phase()).toList());
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("initial-screening", 14L);
        expected.put("investigation", 28L);
        expected.put("team", 105L);
        assertEquals(expected, ended.daysPerPhase(LocalDate.of(2026, 1, 1)));
        assertEquals(EndReason.EMPLOYED, ended.getEndReason());
        assertEquals(147, ended.days(LocalDate.of(2026, 1, 1)));

        // no phase dated: the region's first phase from the start; the responsible person from the start too
        Episode open = plan.episodes().get(1).build(5, 9);
        assertEquals("initial-screening", open.getCurrentPhase());
        assertFalse(open.isEnded());
        assertEquals(Optional.of(42L), open.getResponsiblePersonId());
        assertEquals(LocalDate.of(2025, 8, 1), open.getHandovers().get(0).handedOn());
    }

    @Test
    void phaseColumnsComeFromTheRegionsPhasesAndAcceptTheirNames() {
        assertEquals(List.of("initial-screening", "investigation", "assessment", "team", "follow-up"),
                ClientImportColumns.phaseColumns(PHASES).stream().map(Phase::getCode).toList());
        List<Phase> ownPhases = List.of(new Phase("kartoitus", MultilingualText.of("Kartoitus", null, null), 1),
                new Phase("valmennus", MultilingualText.of("Valmennus", null, null), 2), PHASES.get(5));
        ClientImportParser parser = new ClientImportParser(new ClientImportParser.Region(ownPhases, List.of(teamService),
                email -> List.of(), code -> Optional.empty()));
        byte[] file = ("asiakasnumero;etunimi;sukunimi;palvelu;alkanut;Kartoitus;Valmennus;päättynyt;päättymisen syy\n"
                + "7;Eino;Esimerkki;tyokykytiimi;1.3.2025;1.3.2025;01.04.2025;2.5.2025;Opinnot\n").getBytes(StandardCharsets.UTF_8);
        ClientImportParser.Parsed parsed = parser.parse(file);
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        Episode episode = parsed.clients().get(0).episodes().get(0).build(1, 1);
        assertEquals(Map.of("kartoitus", 31L, "valmennus", 31L), episode.daysPerPhase(LocalDate.of(2026, 1, 1)));
        assertEquals(EndReason.STUDIES, episode.getEndReason());
    }

    @Test
    void aBadIdentityCodeIsReportedByItsLineAndNeverShown() {
        String bad = CODE.value().substring(0, 10) + (CODE.value().charAt(10) == 'A' ? 'B' : 'A');
        ClientImportParser.Parsed parsed = parser().parse(csv(
                "A1;Aino;Alanen;;" + bad + ";;;;;tyokykytiimi;3.2.2025;;;;;;;;",
                "A2;Eero;Eskola;;" + CODE.value() + ";;;;;tyokykytiimi;3.2.2025;;;;;;;;"));
        ClientImportReport report = report(parsed);
        ImportLine line = report.rowProblems().get(2).get(0);
        assertEquals(new ImportLine(2, "identity_code", "clients.import.identity-code-invalid", List.of(), ImportLine.Kind.ERROR), line);
        assertEquals("2 identity_code henkilötunnus ei kelpaa. Asiakasta ei tuotu.", shown(line));
        String everything = report.toString() + report.problems().stream().map(ClientImportParserTest::shown).collect(Collectors.joining());
        for (String part : List.of(bad, bad.substring(0, 6) + bad.substring(7, 10), bad.substring(7))) {
            assertFalse(everything.contains(part), "the report shows part of the code");
        }
        assertEquals(1, report.clientsSkipped());
        assertEquals(1, parsed.clients().size(), "the other client is imported");
        assertEquals(CODE.value(), parsed.clients().get(0).code().value());
    }

    @Test
    void aCodeTwiceInTheFileOrAlreadyInTheRegionIsAWarningByLine() {
        ClientImportParser.Parsed parsed = parser().parse(csv(
                "A1;Aino;Alanen;;" + CODE.value() + ";;;;;tyokykytiimi;3.2.2025;;;;;;;;",
                "A2;Aino;Alanen-Toinen;;" + CODE.value().toLowerCase(Locale.ROOT) + ";;;;;tyokykytiimi;3.2.2025;;;;;;;;",
                "A3;Rauni;Rekisteröity;;" + REGISTERED.value() + ";;;;;tyokykytiimi;3.2.2025;;;;;;;;",
                "A3;;;;;;;;;tyokykytiimi;1.9.2025;;;;;;;;"));
        ClientImportReport report = report(parsed);
        assertEquals(1, parsed.clients().size(), "the first client with the code is imported");
        assertEquals("Alanen", parsed.clients().get(0).client().getLastName());
        assertEquals(List.of(new ImportLine(3, "identity_code", "clients.import.code-repeated", List.of(2), ImportLine.Kind.WARNING)),
                report.rowProblems().get(3));
        assertEquals(List.of(new ImportLine(4, "identity_code", "clients.import.already-registered", List.of(), ImportLine.Kind.WARNING)),
                report.rowProblems().get(4));
        assertEquals(List.of("clients.import.skipped-with-client"), keysOnLine(report, 5), "the client's other row goes with it");
        assertEquals(List.of(7L), parsed.registeredMatches(), "the client already there, for the audit entry");
        assertEquals(2, report.clientsSkipped());
        assertEquals(3, report.rowsSkipped());
        assertFalse(report.toString().contains(REGISTERED.value()) || report.toString().contains(CODE.value()));
    }

    @Test
    void aClientWithOneBadRowIsSkippedWholeAndEveryReasonIsListed() {
        ClientImportParser.Parsed parsed = parser().parse(csv(
                "B1;Bertta;Berg;;;;ruotsi;;;tyokykytiimi;3.2.2025;;;;;;;;",
                "B1;Bertta;Bergman;;;;;;;ei-palvelua;3.13.2025;1.1.2025;;;;;;Lottovoitto;tuntematon@lappi.example",
                "B1;;;;;;;;;tyokykytiimi;1.3.2025;;1.4.2025;;;;20.3.2025;Muutti pois;",
                "C1;;;Nuori;;;;;;vanha;1.3.2025;;;;;;;;",
                "D1;Dora;;;;;;;;tyokykytiimi;1.3.2025;;5.3.2025;;;;;;",
                "E1;Eila;Ek;;;;;;;tyokykytiimi;1.3.2025;;;;;;;;kaksi@lappi.example",
                "F1;Fanni;Fors;;;;;=1+2;;tyokykytiimi;1.3.2025;10.3.2025;;;;;;;"));
        ClientImportReport report = report(parsed);
        assertTrue(parsed.clients().isEmpty(), "every client has a wrong row");
        assertEquals(List.of("clients.import.skipped-with-client"), keysOnLine(report, 2));
        assertEquals(List.of("clients.import.client-differs", "clients.episode.unknown-service", "clients.import.bad-date",
                FieldMapping.UNKNOWN_CHOICE, "clients.import.reason-without-end", "clients.import.unknown-person"), keysOnLine(report, 3));
        assertEquals(List.of("clients.episode.backwards"), keysOnLine(report, 4), "an end before the last phase, refused by Episode.end");
        assertEquals("ended", report.rowProblems().get(4).get(0).column());
        assertEquals(List.of("clients.import.service-retired"), keysOnLine(report, 5));
        assertEquals(List.of("clients.client.name-or-nickname"), keysOnLine(report, 6));
        assertEquals("last_name", report.rowProblems().get(6).get(0).column());
        assertEquals(List.of("clients.import.ambiguous-person"), keysOnLine(report, 7));
        assertEquals(List.of("csv.formula", "clients.import.first-phase-after-start"), keysOnLine(report, 8));
        assertEquals(5, report.clientsSkipped());
        assertEquals(7, report.rowsSkipped());
    }

    @Test
    void aFileWithoutARequiredColumnImportsNothing() {
        byte[] file = "client_ref;first_name;last_name;service\nA1;Aino;Alanen;tyokykytiimi\n".getBytes(StandardCharsets.UTF_8);
        ClientImportParser.Parsed parsed = parser().parse(file);
        assertTrue(parsed.rejected());
        assertTrue(parsed.clients().isEmpty());
        ClientImportReport report = report(parsed);
        assertTrue(report.rejectedWholeFile());
        assertEquals("csv.missing-columns", report.fileProblems().get(0).key());
        assertTrue(String.valueOf(report.fileProblems().get(0).args()).contains("started"));
    }

    @Test
    void somethingThatIsNoSpreadsheetImportsNothing() {
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] notAWorkbook = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5};
        for (byte[] file : List.of(oldExcel, notAWorkbook)) {
            ClientImportReport report = report(parser().parse(file));
            assertTrue(report.rejectedWholeFile());
            assertEquals(SpreadsheetFile.NOT_A_SPREADSHEET, report.fileProblems().get(0).key());
        }
        byte[] tooLarge = new byte[6 * 1024 * 1024];
        assertEquals("csv.too-large", report(parser().parse(tooLarge)).fileProblems().get(0).key());
    }

    @Test
    void anXlsxMadeWithPoiIsReadWithItsDateCellsAsDaysAndLinesAsExcelRows() throws IOException {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Asiakkaat");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d.m.yyyy"));
            String[] header = HEADER.split(";");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(1001); // a number as the region's key
            first.createCell(1).setCellValue("Xenia");
            first.createCell(2).setCellValue("Xlsx");
            first.createCell(4).setCellValue(CODE.value());
            first.createCell(9).setCellValue("tyokykytiimi");
            date(first, 10, LocalDate.of(2025, 2, 3), dateStyle);
            date(first, 11, LocalDate.of(2025, 2, 3), dateStyle);
            Cell investigation = first.createCell(12); // a day Excel computes: the start plus two weeks
            investigation.setCellFormula("K2+14");
            investigation.setCellStyle(dateStyle);
            CellStyle englishDay = book.createCellStyle(); // shown as "April 1, 2025", still a day
            englishDay.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("mmmm d, yyyy"));
            date(first, 16, LocalDate.of(2025, 4, 1), englishDay);
            first.createCell(17).setCellValue("employed");
            // row 3 left empty; row 4 a client with a bad code, by its Excel row number
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("1002");
            bad.createCell(3).setCellValue("Ystävä");
            bad.createCell(4).setCellValue("010190-0000");
            bad.createCell(9).setCellValue("tyokykytiimi");
            bad.createCell(10).setCellValue("1.3.2025"); // a day typed as text
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            file = out.toByteArray();
        }
        ClientImportParser.Parsed parsed = parser().parse(file);
        ClientImportReport report = report(parsed);
        assertEquals(SpreadsheetFile.XLSX, report.fileType());
        assertEquals(Set.of(4), report.rowProblems().keySet(), report.problems().toString());
        assertEquals("clients.import.identity-code-invalid", report.rowProblems().get(4).get(0).key());
        assertEquals(1, parsed.clients().size());
        Episode episode = parsed.clients().get(0).episodes().get(0).build(1, 1);
        assertEquals(LocalDate.of(2025, 2, 3), episode.getStartedOn());
        assertEquals(Map.of("initial-screening", 14L, "investigation", 43L), episode.daysPerPhase(LocalDate.of(2026, 1, 1)));
        assertEquals(EndReason.EMPLOYED, episode.getEndReason());
    }

    @Test
    void aSheetWithTooManyRowsOrTooMuchTextImportsNothing() throws IOException {
        String[] header = HEADER.split(";");
        byte[] manyRows = workbook(sheet -> {
            for (int r = 1; r <= 20_001; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
        }, header);
        assertEquals("csv.too-many-rows", report(parser().parse(manyRows)).fileProblems().get(0).key());
        // one long text, stored once in the file and written out on every row that names it
        String longText = "x".repeat(30_000);
        byte[] muchText = workbook(sheet -> {
            for (int r = 1; r <= 800; r++) {
                sheet.createRow(r).createCell(1).setCellValue(longText);
            }
        }, header);
        assertTrue(muchText.length < 1024 * 1024, "a small file: " + muchText.length);
        assertEquals("csv.too-large", report(parser().parse(muchText)).fileProblems().get(0).key());
    }

    private static byte[] workbook(java.util.function.Consumer<Sheet> rows, String... header) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            rows.accept(sheet);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void date(Row row, int column, LocalDate day, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(style);
    }

    @Test
    void theTemplateHasThePhaseColumnsAndImportsAsNothing() {
        byte[] template = ClientImport.template(PHASES, List.of(teamService), Locale.forLanguageTag("fi"));
        String text = new String(template, StandardCharsets.UTF_8);
        assertTrue(text.contains("service;started;initial-screening;investigation;assessment;team;follow-up;ended;end_reason"), text);
        ClientImportParser.Parsed parsed = parser().parse(template);
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        assertEquals(0, parsed.rows());
        assertTrue(parsed.clients().isEmpty());
        // without its comment mark the example row is a client that imports
        ClientImportParser.Parsed example = parser().parse(text.replace(";\r\n#1001;", ";\r\n1001;").replaceFirst("\r\n#1001;", "\r\n1001;")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, example.clients().size(), example.problems().toString());
    }

    @Test
    void daysAreFinnishOrIso() {
        assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), ClientImportParser.parseDay("3.2.2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), ClientImportParser.parseDay("03.02.2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), ClientImportParser.parseDay("2025-02-03"));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), ClientImportParser.parseDay("3.2.2025 0:00"));
        assertEquals(Optional.empty(), ClientImportParser.parseDay("31.2.2025"));
        assertEquals(Optional.empty(), ClientImportParser.parseDay("2.3.25"));
        assertEquals(Optional.empty(), ClientImportParser.parseDay("02/03/2025"));
        assertEquals("Työllistyi", ClientsModule.texts(Locale.forLanguageTag("fi")).getString(EndReason.EMPLOYED.labelKey()));
    }
}
