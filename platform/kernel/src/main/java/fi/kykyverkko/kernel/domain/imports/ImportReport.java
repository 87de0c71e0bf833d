package fi.kykyverkko.kernel.domain.imports;

import java.util.List;

/**
 * What an import did: how many rows were created and updated, and every problem found — with its line, its
 * column and a translation key (never the cell's value, which could be personal data).
 *
 * @param encoding  the character set the file was read in, or null if it could not be read
 */
public record ImportReport(String format, String encoding, char separator, int rows, int created, int updated, List<Line> problems) {

    /** One problem: {@code line} 0 is the whole file; {@code error} false is a warning that skipped nothing. */
    public record Line(int line, String column, String key, List<Object> args, boolean error) {
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public int skipped() {
        return (int) problems.stream().filter(p -> p.error() && p.line() > 0).map(Line::line).distinct().count();
    }

    public boolean rejectedWholeFile() {
        return problems.stream().anyMatch(p -> p.error() && p.line() == 0);
    }
}
