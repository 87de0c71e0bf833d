package fi.kykyverkko.kernel.domain.imports;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.exchange.csv.CsvProblem;
import fi.kykyverkko.kernel.exchange.csv.CsvReader;
import fi.kykyverkko.kernel.exchange.csv.CsvResult;
import fi.kykyverkko.kernel.exchange.csv.CsvRow;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import engine any module uses for its {@link ImportFormat}s: a CSV file (kernel {@code exchange.csv} rules)
 * read row by row into {@link Coded} rows.
 * <ul>
 *   <li>a problem with the whole file (missing columns, wrong encoding, too large) imports nothing;</li>
 *   <li>otherwise every good row is saved and every bad row is listed with every reason and skipped;</li>
 *   <li>a row whose code exists already updates that row; a column the file does not have is left as it was;</li>
 *   <li>a code repeated in the file is imported from its first line and reported on the others.</li>
 * </ul>
 * The caller holds the transaction ({@link #run(EntityManager, String, ImportFormat, byte[])}); permission checks
 * are the module's.
 */
public final class CsvImport {

    /** A problem on a row carries no cell value (it could be personal data). */
    public static final String DUPLICATE_CODE = "import.duplicate-code";

    private CsvImport() {
    }

    /** Reads the file; the rows are written through {@code em} only when the file as a whole is acceptable. */
    public static <T extends Coded> ImportReport run(EntityManager em, String actor, ImportFormat<T> format, byte[] file) {
        Parsed parsed = parse(format, file);
        if (parsed.rejected()) {
            return parsed.report(format, 0, 0);
        }
        int[] counts = new int[2];
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRow row : parsed.csv.validRows()) {
            String code = row.get("code");
            Integer earlier = firstLine.putIfAbsent(code, row.line());
            if (earlier != null && !code.isEmpty()) {
                parsed.problems.add(new ImportReport.Line(row.line(), "code", DUPLICATE_CODE, List.of(earlier), true));
                continue;
            }
            importRow(em, format, parsed.csv, row, actor, counts, parsed.problems);
        }
        return parsed.report(format, counts[0], counts[1]);
    }

    /** The file read against the format; {@link Parsed#rejected()} when nothing of it may be imported. */
    public static Parsed parse(ImportFormat<?> format, byte[] file) {
        CsvResult csv = new CsvReader(format.columns()).read(file);
        List<ImportReport.Line> problems = new ArrayList<>();
        for (CsvProblem p : csv.problems()) {
            problems.add(new ImportReport.Line(p.line(), p.column(), p.key(), p.arguments(), p.error()));
        }
        return new Parsed(csv, problems);
    }

    /** A file read, with the problems found so far. */
    public static final class Parsed {
        private final CsvResult csv;
        private final List<ImportReport.Line> problems;

        private Parsed(CsvResult csv, List<ImportReport.Line> problems) {
            this.csv = csv;
            this.problems = problems;
        }

        public boolean rejected() {
            return csv.errors().stream().anyMatch(p -> p.line() == 0);
        }

        public ImportReport report(ImportFormat<?> format, int created, int updated) {
            return new ImportReport(format.id(), csv.charset() == null ? null : csv.charset().name(), csv.separator(),
                    csv.rows().size(), created, updated, problems);
        }
    }

    private static <T extends Coded> void importRow(EntityManager em, ImportFormat<T> format, CsvResult csv, CsvRow row,
                                                    String actor, int[] counts, List<ImportReport.Line> problems) {
        Optional<T> existing = TenantStore.byCode(em, format.type(), row.get("code"));
        // work on a detached copy: a bad row must leave the stored one untouched
        existing.ifPresent(em::detach);
        T entity = existing.orElseGet(format.create());
        Problems rowProblems = new Problems();
        for (FieldMapping<T> field : format.fields()) {
            if (csv.hasColumn(field.column().name())) {
                rowProblems.attempt(() -> field.set().set(entity, row.get(field.column().name()), rowProblems, em));
            }
        }
        if (!rowProblems.isEmpty()) {
            // every problem of the row at once: the refused cells and the rules the rest breaks
            report(format, row.line(), rowProblems.withRulesOf(entity), problems);
            return;
        }
        try {
            format.beforeSave().accept(entity, csv::hasColumn);
            TenantStore.save(em, format.type(), actor, entity);
            counts[existing.isPresent() ? 1 : 0]++;
        } catch (InvalidInputException e) {
            report(format, row.line(), e.problems(), problems);
        }
    }

    private static void report(ImportFormat<?> format, int line, Problems rowProblems, List<ImportReport.Line> into) {
        for (Problems.Problem p : rowProblems.list()) {
            into.add(new ImportReport.Line(line, format.columnOf(p.field()).orElse(p.field()), p.key(), p.args(), true));
        }
    }
}
