package fi.kykyverkko.kernel.exchange.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into records (RFC 4180, leniently): quoted cells may hold separators, doubled quotes
 * and line breaks; unquoted cells are trimmed; CRLF, LF and a lone CR (old Mac Excel) all end a line.
 */
final class CsvTokenizer {

    /** One record and the physical line it started on; {@code unclosedQuote} when the file ended inside quotes. */
    record Record(int line, List<String> cells, boolean unclosedQuote) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private final String text;
    private final char separator;
    private int pos;
    private int line = 1;

    CsvTokenizer(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /** The next record, including blank ones (the caller skips them), or null at the end. */
    Record next() {
        if (pos >= text.length()) {
            return null;
        }
        int startLine = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false; // the current cell had a quoted part
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == separator) {
                cells.add(quoted ? cell.toString() : cell.toString().strip());
                cell.setLength(0);
                quoted = false;
            } else if (c == '\r' || c == '\n') {
                skipLineBreak(c);
                cells.add(quoted ? cell.toString() : cell.toString().strip());
                return new Record(startLine, cells, false);
            } else if (c == '"' && !quoted && cell.toString().isBlank()) {
                cell.setLength(0); // spaces before an opening quote do not count
                quoted = true;
                if (!readQuoted(cell)) {
                    cells.add(cell.toString());
                    return new Record(startLine, cells, true);
                }
            } else if (quoted && Character.isWhitespace(c)) {
                // spaces after a closing quote do not count
            } else {
                cell.append(c); // includes a stray quote inside an unquoted cell, kept as text like Excel does
            }
        }
        cells.add(quoted ? cell.toString() : cell.toString().strip());
        return new Record(startLine, cells, false);
    }

    /** Reads up to the closing quote; false if the text ends first. Line breaks inside become "\n". */
    private boolean readQuoted(StringBuilder cell) {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    cell.append('"');
                    pos++;
                } else {
                    return true;
                }
            } else if (c == '\r' || c == '\n') {
                skipLineBreak(c);
                cell.append('\n');
            } else {
                cell.append(c);
            }
        }
        return false;
    }

    private void skipLineBreak(char c) {
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }

    /**
     * The separator of the header: {@code ;} or {@code ,}, whichever occurs more outside quotes in the first
     * non-blank line; {@code ;} on a tie (Finnish Excel writes it), also when neither occurs.
     */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean inQuotes = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
                started = true;
            } else if (inQuotes) {
                continue;
            } else if (c == ';') {
                semicolons++;
            } else if (c == ',') {
                commas++;
            } else if (c == '\r' || c == '\n') {
                if (started) {
                    break;
                }
                semicolons = 0; // a line of blanks and separators is not the header
                commas = 0;
            } else if (!Character.isWhitespace(c)) {
                started = true;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
