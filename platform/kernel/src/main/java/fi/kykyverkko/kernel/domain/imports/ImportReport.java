package fi.kykyverkko.kernel.domain.imports;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did: how many rows were read, created and updated, and every problem found — with its line, its
 * column and a translation key (never the cell's value, which could be personal data). Problems are kept in line
 * order, those of the whole file (line 0) first; within a line in the order the engine found them.
 *
 * @param encoding  the character set the file was read in, or null if it could not be read
 * @param rows      the data rows read (comment rows not counted)
 */
public record ImportReport(String format, String encoding, char separator, int rows, int created, int updated, List<Line> problems) {

    /** One problem: {@code line} 0 is the whole file; {@code error} false is a warning that skipped nothing. */
    public record Line(int line, String column, String key, List<Object> args, boolean error) {
    }

    public ImportReport {
        problems = problems.stream().sorted(Comparator.comparingInt(Line::line)).toList(); // a stable sort
    }

    public int saved() {
        return created + updated;
    }

    /** Rows not imported: each line with at least one error counts once. */
    public int skipped() {
        return (int) problems.stream().filter(p -> p.error() && p.line() > 0).map(Line::line).distinct().count();
    }

    public boolean rejectedWholeFile() {
        return problems.stream().anyMatch(p -> p.error() && p.line() == 0);
    }

    /** The problems of the file as a whole (line 0). */
    public List<Line> fileProblems() {
        return problems.stream().filter(p -> p.line() == 0).toList();
    }

    /** The problems of each row, by line, in line order. */
    public Map<Integer, List<Line>> rowProblems() {
        return problems.stream().filter(p -> p.line() > 0)
                .collect(Collectors.groupingBy(Line::line, LinkedHashMap::new, Collectors.toList()));
    }
}
