package fi.kykyverkko.clients.imports;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a client import did: the file's type ({@code CSV} or {@code XLSX}) and, for CSV, its encoding and
 * separator; the data rows read; the clients and episodes created; the clients not imported; and every
 * {@link ImportLine}, in line order (the file's own first).
 */
public record ClientImportReport(String fileType, String encoding, char separator, int rows, int clientsCreated,
                                 int episodesCreated, int clientsSkipped, List<ImportLine> problems) {

    public ClientImportReport {
        problems = problems.stream().sorted(Comparator.comparingInt(ImportLine::line)).toList(); // stable: a line's own order stays
    }

    /** Nothing was imported because of the file as a whole (missing columns, not a spreadsheet, too large). */
    public boolean rejectedWholeFile() {
        return problems.stream().anyMatch(p -> p.line() == 0 && p.kind() == ImportLine.Kind.ERROR);
    }

    public List<ImportLine> fileProblems() {
        return problems.stream().filter(p -> p.line() == 0).toList();
    }

    /** The lines of each row, by line number in order. */
    public Map<Integer, List<ImportLine>> rowProblems() {
        return problems.stream().filter(p -> p.line() > 0)
                .collect(Collectors.groupingBy(ImportLine::line, LinkedHashMap::new, Collectors.toList()));
    }

    /** Rows not imported: each counted once, whether wrong itself or skipped with its client. */
    public int rowsSkipped() {
        return (int) problems.stream().filter(p -> p.line() > 0 && p.kind() != ImportLine.Kind.NOTE)
                .map(ImportLine::line).distinct().count();
    }
}
