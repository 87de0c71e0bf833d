package fi.kykyverkko.kernel.exchange.csv;

import static fi.kykyverkko.kernel.exchange.FileSignature.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a whole uploaded CSV file the way Finnish spreadsheet users write it, and reports every problem as a
 * translatable {@link CsvProblem} instead of throwing. Thread-safe; one instance per import type is enough.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li><b>Encoding</b>: a UTF-8 byte order mark means UTF-8; otherwise bytes that are valid UTF-8 are UTF-8;
 *     otherwise windows-1252 (what Excel's plain "CSV" export writes in Finland). UTF-16 ("Unicode text"),
 *     bytes undefined in windows-1252 and NUL bytes (e.g. an .xlsx) give {@code csv.encoding}.</li>
 * <li><b>Separator</b>: {@code ;} or {@code ,}, whichever occurs more outside quotes in the header line;
 *     {@code ;} on a tie.</li>
 * <li><b>Quoting</b> (RFC 4180): quoted cells may contain separators, doubled quotes and line breaks (which
 *     become "\n"). Unquoted cells are trimmed. Lines with only blanks and separators are skipped, but every row
 *     keeps the line number it starts on (header = line 1), for messages to the user.</li>
 * <li><b>Header</b>: matched against the declared {@link CsvColumn}s by name or alias, ignoring case and
 *     surrounding spaces. Missing required columns (all listed at once) and a repeated header are errors of
 *     the whole file; other columns give a warning and are ignored.</li>
 * <li><b>Row width</b>: non-empty cells beyond the header are an error of the row; missing cells are "".</li>
 * <li><b>Formulas</b> (OWASP "CSV injection"): a cell of a declared column that starts with {@code =},
 *     {@code +}, {@code -}, {@code @}, tab or carriage return (or, after leading spaces, with one of the first
 *     four) is an error of the row, since a spreadsheet would evaluate it when the data is exported again.
 *     The data is not altered on import. A column declared {@link CsvColumn#allowingLeadingSign()} accepts a
 *     cell that is wholly a signed number or phone number: {@code +} or {@code -}, a digit, then only digits
 *     and spaces, optionally one {@code .} or {@code ,} and digits ({@code -12}, {@code -1 234,50},
 *     {@code +358 40 123 4567}); {@code -1+2} or {@code -2+3+cmd|' /C calc'!A0} are still errors.</li>
 * <li><b>Limits</b>: a file larger than {@code maxBytes} or with more than {@code maxRows} data rows is rejected
 *     as a whole before anything is kept in memory beyond the bytes themselves.</li>
 * <li><b>Privacy</b>: problems name the line and column, never the cell's value.</li>
 * </ul>
 */
public final class CsvReader {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 20_000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<CsvColumn> columns;
    private final long maxBytes;
    private final int maxRows;

    public CsvReader(List<CsvColumn> columns) {
        this(columns, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }

    public CsvReader(List<CsvColumn> columns, long maxBytes, int maxRows) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8 || maxRows < 1) {
            throw new IllegalArgumentException("Limits must be positive and below 2 GB");
        }
        this.columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (CsvColumn column : this.columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("Column " + column.name() + " is declared twice");
            }
        }
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** Reads at most {@code maxBytes + 1} bytes, so an oversized upload is rejected without reading it all. */
    public CsvResult read(InputStream in) throws IOException {
        return read(in.readNBytes((int) maxBytes + 1));
    }

    public CsvResult read(byte[] data) {
        if (data.length > maxBytes) {
            return fileRejected(null, ';', CsvProblem.fileError("csv.too-large", maxBytes / (1024.0 * 1024.0)));
        }
        Charset charset = detectCharset(data);
        String text = charset == null ? null : decode(data, charset);
        if (text == null || text.indexOf('\0') >= 0) {
            return fileRejected(null, ';', CsvProblem.fileError("csv.encoding"));
        }
        char separator = CsvTokenizer.detectSeparator(text);
        CsvTokenizer tokenizer = new CsvTokenizer(text, separator);
        CsvTokenizer.Record headerRecord = nextNonBlank(tokenizer);
        if (headerRecord == null) {
            return fileRejected(charset, separator, CsvProblem.fileError("csv.empty"));
        }
        if (headerRecord.unclosedQuote()) {
            return fileRejected(charset, separator, CsvProblem.rowError(headerRecord.line(), "", "csv.unclosed-quote", headerRecord.line()));
        }

        List<String> header = withoutTrailingBlanks(headerRecord.cells());
        List<CsvProblem> problems = new ArrayList<>();
        String[] columnAt = mapHeader(header, problems);
        Set<String> present = new LinkedHashSet<>();
        for (String name : columnAt) {
            if (name != null) {
                present.add(name);
            }
        }
        if (problems.stream().anyMatch(CsvProblem::error)) {
            return new CsvResult(charset, separator, header, present, List.of(), problems);
        }

        List<CsvRow> rows = new ArrayList<>();
        for (CsvTokenizer.Record record = nextNonBlank(tokenizer); record != null; record = nextNonBlank(tokenizer)) {
            if (rows.size() == maxRows) {
                problems.removeIf(problem -> problem.line() > 0);
                problems.add(0, CsvProblem.fileError("csv.too-many-rows", maxRows));
                return new CsvResult(charset, separator, header, present, List.of(), problems);
            }
            rows.add(row(record, columnAt, problems));
        }
        return new CsvResult(charset, separator, header, present, rows, problems);
    }

    private CsvRow row(CsvTokenizer.Record record, String[] columnAt, List<CsvProblem> problems) {
        int line = record.line();
        List<String> cells = record.cells();
        if (record.unclosedQuote()) {
            problems.add(CsvProblem.rowError(line, "", "csv.unclosed-quote", line));
        }
        int used = withoutTrailingBlanks(cells).size();
        if (used > columnAt.length) {
            problems.add(CsvProblem.rowError(line, "", "csv.too-many-cells", line, used, columnAt.length));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (CsvColumn column : columns) {
            values.put(column.name(), "");
        }
        for (int i = 0; i < columnAt.length && i < cells.size(); i++) {
            String name = columnAt[i];
            if (name == null) {
                continue; // an unknown column: ignored, so not checked either
            }
            String value = cells.get(i);
            values.put(name, value);
            if (FormulaRule.looksLikeFormula(value, declared(name).allowLeadingSign())) {
                problems.add(CsvProblem.rowError(line, name, "csv.formula", line, name));
            }
        }
        return new CsvRow(line, values);
    }

    /** Declared column name per header position (null for unknown ones); header problems go to {@code problems}. */
    private String[] mapHeader(List<String> header, List<CsvProblem> problems) {
        String[] columnAt = new String[header.size()];
        Set<String> seen = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i).strip();
            String label = text.isEmpty() ? "#" + (i + 1) : text;
            CsvColumn column = columns.stream().filter(c -> c.matches(text)).findFirst().orElse(null);
            String identity = column != null ? "declared:" + column.name() : "header:" + CsvColumn.normalise(text);
            if (!text.isEmpty() && !seen.add(identity)) {
                problems.add(new CsvProblem(0, column == null ? "" : column.name(), "csv.duplicate-column", List.of(label), true));
            } else if (column != null) {
                columnAt[i] = column.name();
            } else {
                unknown.add(label);
            }
        }
        List<String> missing = new ArrayList<>();
        for (CsvColumn column : columns) {
            if (column.required() && !Arrays.asList(columnAt).contains(column.name())) {
                // the aliases too, so that a user of any language recognises the column
                missing.add(column.aliases().isEmpty() ? column.name()
                        : column.name() + " (" + String.join(" / ", column.aliases()) + ")");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(0, CsvProblem.fileError("csv.missing-columns", String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            problems.add(CsvProblem.fileWarning("csv.unknown-columns", String.join(", ", unknown)));
        }
        return columnAt;
    }

    private CsvColumn declared(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst().orElseThrow();
    }

    private static CsvTokenizer.Record nextNonBlank(CsvTokenizer tokenizer) {
        CsvTokenizer.Record record = tokenizer.next();
        while (record != null && record.blank() && !record.unclosedQuote()) {
            record = tokenizer.next();
        }
        return record;
    }

    /** Excel writes "a;b;;" for a sheet whose last columns were once used; those empty cells mean nothing. */
    private static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    private static CsvResult fileRejected(Charset charset, char separator, CsvProblem problem) {
        return new CsvResult(charset, separator, List.of(), Set.of(), List.of(), List.of(problem));
    }

    /** UTF-8 when marked or valid, otherwise windows-1252; null for UTF-16 (byte order mark). */
    static Charset detectCharset(byte[] data) {
        if (startsWith(data, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(data, 0xFF, 0xFE) || startsWith(data, 0xFE, 0xFF)) {
            return null;
        }
        return decode(data, StandardCharsets.UTF_8) != null ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Strict decoding without the byte order mark; null if the bytes are not valid in {@code charset}. */
    private static String decode(byte[] data, Charset charset) {
        int offset = startsWith(data, 0xEF, 0xBB, 0xBF) && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, offset, data.length - offset))
                    .toString();
        } catch (CharacterCodingException notThisCharset) {
            return null;
        }
    }
}
