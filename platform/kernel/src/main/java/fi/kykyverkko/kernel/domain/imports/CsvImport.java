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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The import engine any module uses for its {@link ImportFormat}s: a CSV file (kernel {@code exchange.csv} rules)
 * read row by row into {@link Coded} rows.
 * <ul>
 *   <li>a problem with the whole file (missing columns, wrong encoding, too large) imports nothing;</li>
 *   <li>otherwise every good row is saved and every bad row is skipped and listed with <em>every</em> reason: a row
 *       refused for one cell (a formula, a repeated code) still has its other cells checked;</li>
 *   <li>a row whose code exists already updates that row; a column the file does not have is left as it was;</li>
 *   <li>a code repeated in the file is imported from its first line and reported on the others;</li>
 *   <li>a row whose code starts with {@link #COMMENT} is a comment (a template's example row and its list of
 *       allowed values, see {@link ImportTemplate}): never imported, counted or reported.</li>
 * </ul>
 * The report lists problems in line order, each line's in the order of the format's columns. The caller holds the
 * transaction ({@link #run(EntityManager, String, ImportFormat, byte[])}); permission checks are the module's.
 */
public final class CsvImport {

    /** A problem on a row carries no cell value (it could be personal data). */
    public static final String DUPLICATE_CODE = "import.duplicate-code";

    /** The start of a comment row's code cell (codes themselves are letters, digits and hyphens). */
    public static final String COMMENT = "#";

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
        for (CsvRow row : parsed.rows()) {
            Set<String> refusedCells = parsed.refusedCells(row.line());
            if (parsed.refused(row.line())) {
                check(em, format, parsed, row, refusedCells); // reported, never saved
                continue;
            }
            String code = row.get("code");
            Integer earlier = code.isEmpty() ? null : firstLine.putIfAbsent(code, row.line());
            if (earlier != null) {
                parsed.problems.add(new ImportReport.Line(row.line(), "code", DUPLICATE_CODE, List.of(earlier), true));
                check(em, format, parsed, row, Set.of("code"));
                continue;
            }
            importRow(em, format, parsed.csv, row, actor, counts, parsed.problems);
        }
        return parsed.report(format, counts[0], counts[1]);
    }

    /** The file read against the format; {@link Parsed#rejected()} when nothing of it may be imported. */
    public static Parsed parse(ImportFormat<?> format, byte[] file) {
        CsvResult csv = new CsvReader(format.columns()).read(file);
        Set<Integer> comments = csv.rows().stream().filter(row -> row.get("code").startsWith(COMMENT))
                .map(CsvRow::line).collect(Collectors.toSet());
        List<ImportReport.Line> problems = new ArrayList<>();
        for (CsvProblem p : csv.problems()) {
            if (!comments.contains(p.line())) {
                problems.add(new ImportReport.Line(p.line(), p.column(), p.key(), p.arguments(), p.error()));
            }
        }
        return new Parsed(csv, comments, problems);
    }

    /** A file read, with the problems found so far. */
    public static final class Parsed {
        private final CsvResult csv;
        private final Set<Integer> comments;
        private final List<ImportReport.Line> problems;

        private Parsed(CsvResult csv, Set<Integer> comments, List<ImportReport.Line> problems) {
            this.csv = csv;
            this.comments = comments;
            this.problems = problems;
        }

        public boolean rejected() {
            return csv.errors().stream().anyMatch(p -> p.line() == 0);
        }

        /** The data rows in line order, without comment rows. */
        public List<CsvRow> rows() {
            return csv.rows().stream().filter(row -> !comments.contains(row.line())).toList();
        }

        public ImportReport report(ImportFormat<?> format, int created, int updated) {
            List<String> columns = format.header();
            // left to right within a line: problems of the whole row first, then by the format's column order
            List<ImportReport.Line> ordered = problems.stream()
                    .sorted(Comparator.comparingInt(ImportReport.Line::line).thenComparingInt(p -> columns.indexOf(p.column())))
                    .toList();
            return new ImportReport(format.id(), csv.charset() == null ? null : csv.charset().name(), csv.separator(),
                    rows().size(), created, updated, ordered);
        }

        /** Whether the reader already refused the row (a formula cell, too many cells, an unclosed quote). */
        private boolean refused(int line) {
            return problems.stream().anyMatch(p -> p.error() && p.line() == line);
        }

        private Set<String> refusedCells(int line) {
            return problems.stream().filter(p -> p.line() == line && !p.column().isEmpty()).map(ImportReport.Line::column)
                    .collect(Collectors.toSet());
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

    /**
     * Reports what else is wrong with a row that is skipped anyway, without touching stored rows: its cells (but
     * {@code refusedCells}, already reported) read into a new row, then that row's rules on the columns the file has.
     */
    private static <T extends Coded> void check(EntityManager em, ImportFormat<T> format, Parsed parsed, CsvRow row, Set<String> refusedCells) {
        T entity = format.create().get();
        Problems rowProblems = new Problems();
        for (FieldMapping<T> field : format.fields()) {
            String column = field.column().name();
            if (parsed.csv.hasColumn(column) && !refusedCells.contains(column)) {
                rowProblems.attempt(() -> field.set().set(entity, row.get(column), rowProblems, em));
            }
        }
        for (Problems.Problem rule : entity.check().list()) {
            Optional<String> column = format.columnOf(rule.field());
            boolean checkable = column.map(c -> parsed.csv.hasColumn(c) && !refusedCells.contains(c)).orElse(false);
            if (checkable && rowProblems.of(rule.field()).isEmpty()) {
                rowProblems.add(rule.field(), rule.key(), rule.args().toArray());
            }
        }
        report(format, row.line(), rowProblems, parsed.problems);
    }

    private static void report(ImportFormat<?> format, int line, Problems rowProblems, List<ImportReport.Line> into) {
        for (Problems.Problem p : rowProblems.list()) {
            into.add(new ImportReport.Line(line, format.columnOf(p.field()).orElse(p.field()), p.key(), p.args(), true));
        }
    }
}
