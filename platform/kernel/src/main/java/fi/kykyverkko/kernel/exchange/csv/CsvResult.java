package fi.kykyverkko.kernel.exchange.csv;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link CsvReader} made of an uploaded file. Import only when {@link #hasErrors()} is false, or import
 * {@link #validRows()} and show the problems of the rest.
 *
 * @param charset   the detected encoding (UTF-8 or windows-1252); null when the file was rejected before decoding
 * @param separator the detected separator, {@code ;} or {@code ,}
 * @param header    the header cells as written in the file
 * @param columns   the declared column names the header has
 * @param rows      the data rows, empty when the file as a whole has an error
 * @param problems  errors and warnings, file-level ones (line 0) first, then in line order
 */
public record CsvResult(Charset charset, char separator, List<String> header, Set<String> columns, List<CsvRow> rows,
                        List<CsvProblem> problems) {

    public CsvResult {
        header = List.copyOf(header);
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(CsvProblem::error);
    }

    public List<CsvProblem> errors() {
        return problems.stream().filter(CsvProblem::error).toList();
    }

    public List<CsvProblem> warnings() {
        return problems.stream().filter(problem -> !problem.error()).toList();
    }

    /** Whether the file had this declared (optional) column. */
    public boolean hasColumn(String column) {
        return columns.contains(column);
    }

    /** The rows without an error of their own (none if the file as a whole has one). */
    public List<CsvRow> validRows() {
        if (problems.stream().anyMatch(problem -> problem.error() && problem.line() == 0)) {
            return List.of();
        }
        Set<Integer> badLines = problems.stream().filter(CsvProblem::error).map(CsvProblem::line).collect(Collectors.toSet());
        return rows.stream().filter(row -> !badLines.contains(row.line())).toList();
    }
}
