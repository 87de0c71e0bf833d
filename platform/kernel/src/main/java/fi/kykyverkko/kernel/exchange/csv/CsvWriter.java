package fi.kykyverkko.kernel.exchange.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a CSV file that Excel opens correctly by double-click in Finland: UTF-8 with a byte order mark (without
 * it Excel assumes windows-1252 and garbles ä and ö), {@code ;} as separator by default, CRLF line ends, quotes
 * only where needed.
 *
 * <p><b>Formula neutralisation</b> (OWASP "CSV injection"): a cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return (or one of the first four after leading spaces) gets a single quote
 * {@code '} in front, so that the spreadsheet shows it as text instead of evaluating it. With
 * {@link #allowingSignedNumbers()} a cell that is wholly a signed number ({@code -12}, {@code -1 234,50}) is
 * written as is, so that Excel still sees a number; note that Excel then also turns a phone number like
 * {@code +358 40 123 4567} into a number, so leave that option off for files with phone numbers.
 *
 * <p>Immutable; {@code with...} methods return a changed copy.
 */
public final class CsvWriter {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final char separator;
    private final boolean allowSignedNumbers;

    private CsvWriter(char separator, boolean allowSignedNumbers) {
        this.separator = separator;
        this.allowSignedNumbers = allowSignedNumbers;
    }

    /** {@code ;}-separated, every formula-looking cell neutralised. */
    public static CsvWriter excel() {
        return new CsvWriter(';', false);
    }

    public CsvWriter withSeparator(char separator) {
        if (separator == '"' || separator == '\r' || separator == '\n' || separator == '\'') {
            throw new IllegalArgumentException("Not usable as a separator: " + separator);
        }
        return new CsvWriter(separator, allowSignedNumbers);
    }

    /** Writes cells that are wholly a signed number as they are (see class comment). */
    public CsvWriter allowingSignedNumbers() {
        return new CsvWriter(separator, true);
    }

    /** The whole file: byte order mark, header line, one line per row; a null cell is written empty. */
    public byte[] toBytes(List<String> header, Iterable<? extends List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(header, rows, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** As {@link #toBytes}, streamed (e.g. straight into an HTTP response); does not close {@code out}. */
    public void write(List<String> header, Iterable<? extends List<String>> rows, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeLine(header, writer);
        for (List<String> row : rows) {
            writeLine(row, writer);
        }
        writer.flush();
    }

    private void writeLine(List<String> cells, Writer writer) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    /** One cell as written: neutralised if formula-looking, then quoted if needed. */
    String cell(String value) {
        String text = value == null ? "" : value;
        if (FormulaRule.looksLikeFormula(text, allowSignedNumbers)) {
            text = "'" + text;
        }
        boolean needsQuotes = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
