package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.imports.ClientImport;
import fi.kykyverkko.clients.imports.ClientImportReport;
import fi.kykyverkko.clients.imports.ImportLine;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditChannel;
import fi.kykyverkko.kernel.audit.AuditEntry;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The client import inside Payara Micro on the real MariaDB: a CSV and an XLSX into Lappi, durations from the imported
 * history, a bad code reported by its line without its value, a code already there as a warning, Kymenlaakso untouched.
 */
class ClientImportIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    private static final PortalUser WORKER = new PortalUser("it.import", "IT Import", false,
            Map.of(LAPPI, Set.of("professional"), KYMENLAAKSO, Set.of("professional")));
    private static final Access ACCESS = Access.view(WORKER, "it/import");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static final String HEADER = "client_ref;first_name;last_name;nickname;identity_code;municipality;language;phone;email;"
            + "service;started;initial-screening;investigation;assessment;team;follow-up;ended;end_reason;responsible";

    @Inject
    ClientImport importer;

    @Inject
    Clients clients;

    @Inject
    People people;

    @Inject
    AuditLog audit;

    /** A code no earlier run made: a random birth day and a temporary number (900–999, never a real person's). */
    private static IdentityCode freshCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return IdentityCode.of(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50)), 900 + random.nextInt(100));
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }

    private Client only(TenantId tenant, String lastName) {
        List<Client> found = clients.search(tenant, ACCESS, lastName);
        assertEquals(1, found.size(), "clients named " + lastName + " in " + tenant);
        return found.get(0);
    }

    @Test
    void aCsvImportsClientsWithTheirHistoryAndReportsTheRestByLine() {
        String run = suffix();
        String name = "Tuotu" + run;
        IdentityCode code = freshCode();
        IdentityCode badCode = freshCode();
        String bad = badCode.value().substring(0, 10) + (badCode.value().charAt(10) == 'A' ? 'B' : 'A');
        IdentityCode there = freshCode();
        clients.register(LAPPI, ACCESS, Client.named("Valmis", "Jo" + run), there);
        // a network person of the region with an address nobody else has, as the responsible person
        Person responsible = people.list(LAPPI).stream().filter(p -> p.getEmail() != null)
                .collect(Collectors.groupingBy(p -> p.getEmail().toLowerCase(Locale.ROOT))).values().stream()
                .filter(same -> same.size() == 1).map(same -> same.get(0)).findFirst().orElseThrow();

        byte[] file = String.join("\r\n", HEADER,
                "r1;Aino;" + name + ";;" + code.value() + ";Rovaniemi;suomi;040 123 4567;;tyokykytiimi;3.2.2025;3.2.2025;17.2.2025;;17.3.2025;;30.6.2025;Työllistyi;",
                "r1;;;;;;;;;tyohonvalmennus;2025-08-01;;;;;;;;" + responsible.getEmail().toUpperCase(Locale.ROOT),
                "r2;Bertta;Huono" + run + ";;" + bad + ";;;;;tyokykytiimi;3.2.2025;;;;;;;;",
                "r3;Veli;Toinen" + run + ";;" + there.value() + ";;;;;tyokykytiimi;3.2.2025;;;;;;;;",
                "").getBytes(StandardCharsets.UTF_8);
        ClientImportReport report = importer.run(LAPPI, WORKER, file);

        assertEquals(4, report.rows());
        assertEquals(1, report.clientsCreated(), report.problems().toString());
        assertEquals(2, report.episodesCreated());
        assertEquals(2, report.clientsSkipped());
        assertEquals(List.of(new ImportLine(4, "identity_code", "clients.import.identity-code-invalid", List.of(), ImportLine.Kind.ERROR)),
                report.rowProblems().get(4), "the bad code by its line");
        assertEquals(List.of(new ImportLine(5, "identity_code", "clients.import.already-registered", List.of(), ImportLine.Kind.WARNING)),
                report.rowProblems().get(5), "the code already in the region, a warning by its line");
        for (String part : List.of(bad, bad.substring(7), there.value(), code.value())) {
            assertFalse(report.toString().contains(part), "the report shows a code");
        }
        assertTrue(clients.search(LAPPI, ACCESS, "Huono" + run).isEmpty(), "the client with the bad code is not imported");
        assertTrue(clients.search(LAPPI, ACCESS, "Toinen" + run).isEmpty(), "no second client for a code already there");

        Client imported = only(LAPPI, name);
        assertEquals(imported.getId(), clients.findByCode(LAPPI, ACCESS, code).orElseThrow().getId(), "sealed and found by its key");
        assertEquals(code.masked(), imported.getIdentityMasked());
        List<Episode> episodes = clients.episodesOf(LAPPI, ACCESS, imported.getId());
        assertEquals(2, episodes.size());
        Episode ended = episodes.get(0);
        assertEquals(Map.of("initial-screening", 14L, "investigation", 28L, "team", 105L), ended.daysPerPhase(TODAY));
        assertEquals(List.of("initial-screening", "investigation", "team", "ended"), ended.getPhases().stream().map(p -> p.phase()).toList());
        assertEquals(EndReason.EMPLOYED, ended.getEndReason());
        assertEquals(147, ended.days(TODAY));
        Episode open = episodes.get(1);
        assertFalse(open.isEnded());
        assertEquals(Map.of("initial-screening", 487L), open.daysPerPhase(TODAY));
        assertEquals(responsible.getId(), open.getResponsiblePersonId().orElseThrow());

        // the import's entries: channel JOB at "import", one creation of the client and one of its episodes
        List<AuditEntry> entries = audit.search(LAPPI, AuditFilter.all().subject(imported.getId())).stream()
                .filter(e -> e.event().action() == AuditAction.CREATE).toList();
        assertEquals(Set.of(DataCategory.IDENTITY_CONTACT, DataCategory.EPISODES),
                entries.stream().map(e -> e.event().category()).collect(Collectors.toSet()), entries.toString());
        assertTrue(entries.stream().allMatch(e -> e.event().channel() == AuditChannel.JOB && e.event().location().equals("import")
                && e.event().actor().equals("it.import")), entries.toString());
        assertEquals(2, entries.size());

        // nothing of it in the other region
        assertTrue(clients.search(KYMENLAAKSO, ACCESS, name).isEmpty());
        assertTrue(clients.findByCode(KYMENLAAKSO, ACCESS, code).isEmpty());
    }

    @Test
    void anXlsxImportsWithItsDateCellsAndABadCodeIsNamedByItsExcelRow() throws Exception {
        String run = suffix();
        String name = "Taulukko" + run;
        IdentityCode code = freshCode();
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Asiakkaat");
            CellStyle day = book.createCellStyle();
            day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d.m.yyyy"));
            String[] header = HEADER.split(";");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(501);
            row.createCell(1).setCellValue("Xenia");
            row.createCell(2).setCellValue(name);
            row.createCell(4).setCellValue(code.value());
            row.createCell(9).setCellValue("Työkykytiimi"); // the service by its name
            Function<Integer, Cell> dated = column -> {
                Cell cell = row.createCell(column);
                cell.setCellStyle(day);
                return cell;
            };
            dated.apply(10).setCellValue(LocalDate.of(2025, 1, 7));
            dated.apply(11).setCellValue(LocalDate.of(2025, 1, 7));
            dated.apply(13).setCellValue(LocalDate.of(2025, 2, 6));
            dated.apply(16).setCellValue(LocalDate.of(2025, 5, 7));
            row.createCell(17).setCellValue("Keskeytti");
            Row bad = sheet.createRow(3); // Excel's row 4, after an empty row
            bad.createCell(0).setCellValue(502);
            bad.createCell(3).setCellValue("Nimimerkki" + run);
            bad.createCell(4).setCellValue(code.value().substring(0, 7) + "000" + code.value().charAt(10));
            bad.createCell(9).setCellValue("tyokykytiimi");
            bad.createCell(10).setCellValue("7.1.2025");
            book.write(out);
            file = out.toByteArray();
        }
        ClientImportReport report = importer.run(LAPPI, WORKER, file);

        assertEquals("XLSX", report.fileType());
        assertEquals(1, report.clientsCreated(), report.problems().toString());
        assertEquals(Set.of(4), report.rowProblems().keySet(), report.problems().toString());
        assertEquals("clients.import.identity-code-invalid", report.rowProblems().get(4).get(0).key());
        assertTrue(report.rowProblems().get(4).get(0).args().isEmpty());
        Episode episode = clients.episodesOf(LAPPI, ACCESS, only(LAPPI, name).getId()).get(0);
        assertEquals(Map.of("initial-screening", 30L, "assessment", 90L), episode.daysPerPhase(TODAY));
        assertEquals(EndReason.DROPPED_OUT, episode.getEndReason());
        assertTrue(clients.search(LAPPI, ACCESS, "Nimimerkki" + run).isEmpty());
        assertTrue(clients.search(KYMENLAAKSO, ACCESS, name).isEmpty(), "nothing in the other region");

        // the same file again: the code is in the region now, so nothing new and a warning by the row
        ClientImportReport again = importer.run(LAPPI, WORKER, file);
        assertEquals(0, again.clientsCreated());
        assertEquals("clients.import.already-registered", again.rowProblems().get(2).get(0).key());
        assertEquals(1, clients.search(LAPPI, ACCESS, name).size());
    }

    @Test
    void aFileWithoutTheRequiredColumnsImportsNothingAndOnlyTheTeamImports() {
        String name = "Puuttuva" + suffix();
        byte[] file = ("client_ref;first_name;last_name\nq1;Qvist;" + name + "\n").getBytes(StandardCharsets.UTF_8);
        ClientImportReport report = importer.run(LAPPI, WORKER, file);
        assertTrue(report.rejectedWholeFile());
        assertEquals("csv.missing-columns", report.fileProblems().get(0).key());
        assertTrue(clients.search(LAPPI, ACCESS, name).isEmpty());
        PortalUser member = new PortalUser("it.import.member", "Member", false, Map.of(LAPPI, Set.of("network-member")));
        assertThrows(SecurityException.class, () -> importer.run(LAPPI, member, file));
        // the template names the region's phase columns
        String template = new String(importer.template(LAPPI, Locale.forLanguageTag("fi")), StandardCharsets.UTF_8);
        assertTrue(template.contains("started;initial-screening;investigation;assessment;team;follow-up;ended;end_reason"), template);
    }
}
