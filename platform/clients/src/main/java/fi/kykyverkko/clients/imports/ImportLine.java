package fi.kykyverkko.clients.imports;

import java.util.List;

/**
 * One thing the client import says about a line of the file: the line (0 for the file as a whole, otherwise the
 * spreadsheet's row number, header = 1), the column, a translation key and its arguments. Never a cell's value:
 * the cells are names, contacts and identity codes.
 */
public record ImportLine(int line, String column, String key, List<Object> args, Kind kind) {

    /** How the line fared. */
    public enum Kind {
        /** The row itself is wrong (or, at line 0, the file): it and its client's other rows are not imported. */
        ERROR,
        /** The row is fine but not imported: its client is in the region already, or another of its rows is wrong. */
        WARNING,
        /** Nothing skipped (e.g. a column the import does not know). */
        NOTE
    }

    public ImportLine {
        args = List.copyOf(args);
    }

    static ImportLine error(int line, String column, String key, Object... args) {
        return new ImportLine(line, column, key, List.of(args), Kind.ERROR);
    }

    static ImportLine warning(int line, String column, String key, Object... args) {
        return new ImportLine(line, column, key, List.of(args), Kind.WARNING);
    }
}
