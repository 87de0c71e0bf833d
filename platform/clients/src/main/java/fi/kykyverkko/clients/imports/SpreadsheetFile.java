package fi.kykyverkko.clients.imports;

import static fi.kykyverkko.kernel.exchange.FileSignature.startsWith;

import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import fi.kykyverkko.kernel.exchange.csv.CsvProblem;
import fi.kykyverkko.kernel.exchange.csv.CsvReader;
import fi.kykyverkko.kernel.exchange.csv.CsvResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An uploaded file read as rows of the import's columns, whether CSV or Excel's XLSX. Both go through the kernel's
 * {@link CsvReader}, so the header rules, the formula rule, the limits and the wording of their problems are the
 * same: an XLSX's first sheet is turned into CSV text first, one line per sheet row (so a problem's line is the row
 * number Excel shows), a cell in a date format written as an ISO day and a formula cell as the value Excel last
 * computed for it.
 */
public record SpreadsheetFile(String type, CsvResult rows) {

    public static final String CSV = "CSV";
    public static final String XLSX = "XLSX";

    /** Not a file the import reads: an old .xls, an encrypted workbook, or a .zip that is no workbook. */
    public static final String NOT_A_SPREADSHEET = "clients.import.not-a-spreadsheet";

    private static final Logger LOG = Logger.getLogger(SpreadsheetFile.class.getName());

    /**
     * The CSV text of a sheet may be longer than the file (a shared string is stored once, written on every row that
     * uses it), but not without end: past this many characters the file is refused as too large.
     */
    private static final int MAX_SHEET_TEXT_CHARS = 4 * (int) CsvReader.DEFAULT_MAX_BYTES;

    /**
     * A workbook part (the sheet, the shared strings) is unpacked in memory: POI's own guard refuses only a part that
     * packs better than 1:100, so a 5 MB upload could still unpack to 500 MB. POI keeps this limit for the whole
     * process; this module is the only one that reads workbooks.
     */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        }
    }

    public static SpreadsheetFile read(byte[] file, List<CsvColumn> columns) {
        if (file.length > CsvReader.DEFAULT_MAX_BYTES) {
            return rejected(startsWith(file, ZIP) ? XLSX : CSV, "csv.too-large", CsvReader.DEFAULT_MAX_BYTES / (1024.0 * 1024.0));
        }
        if (startsWith(file, OLE2)) {
            return rejected(XLSX, NOT_A_SPREADSHEET);
        }
        if (!startsWith(file, ZIP)) {
            return new SpreadsheetFile(CSV, new CsvReader(columns).read(file));
        }
        byte[] text;
        try {
            text = sheetAsCsv(file);
        } catch (IOException | RuntimeException notAWorkbook) {
            // POI throws several kinds for a damaged or foreign zip; only the kind is logged, never the content
            LOG.info(() -> "An uploaded .zip file is not a readable workbook: " + notAWorkbook.getClass().getSimpleName());
            return rejected(XLSX, NOT_A_SPREADSHEET);
        }
        if (text == TOO_MANY_ROWS) {
            return rejected(XLSX, "csv.too-many-rows", CsvReader.DEFAULT_MAX_ROWS);
        }
        if (text == TOO_LONG) {
            return rejected(XLSX, "csv.too-large", CsvReader.DEFAULT_MAX_BYTES / (1024.0 * 1024.0));
        }
        // UTF-8 takes at most three bytes for a character of the text
        return new SpreadsheetFile(XLSX, new CsvReader(columns, 3L * MAX_SHEET_TEXT_CHARS + 3, CsvReader.DEFAULT_MAX_ROWS).read(text));
    }

    /** What {@link #sheetAsCsv} answers for a sheet with more rows than the import takes. */
    static final byte[] TOO_MANY_ROWS = new byte[0];
    /** What {@link #sheetAsCsv} answers for a sheet whose text would be longer than {@link #MAX_SHEET_TEXT_CHARS}. */
    static final byte[] TOO_LONG = new byte[0];

    /**
     * The first sheet as UTF-8 CSV text, every cell quoted, or {@link #TOO_MANY_ROWS} or {@link #TOO_LONG}. The sheet
     * is read as a stream of SAX events rather than as a workbook object, which would take ten times the memory.
     */
    static byte[] sheetAsCsv(byte[] file) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new byte[0];
            }
            SheetAsCsv text = new SheetAsCsv();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, text, new DaysAsIso(), false));
                parser.parse(new InputSource(sheet));
            } catch (SheetAsCsv.Stop stop) {
                return stop.tooManyRows ? TOO_MANY_ROWS : TOO_LONG;
            }
            return text.csv.toString().getBytes(StandardCharsets.UTF_8);
        } catch (SAXException | OpenXML4JException | ParserConfigurationException unreadable) {
            throw new IOException("the sheet cannot be read", unreadable);
        }
    }

    /** Writes each sheet row as one CSV line, a missing row as an empty line, a missing cell as an empty cell. */
    private static final class SheetAsCsv implements XSSFSheetXMLHandler.SheetContentsHandler {

        /** Thrown out of the parser at a limit, so the rest of the sheet is not read. */
        static final class Stop extends RuntimeException {
            final boolean tooManyRows;

            Stop(boolean tooManyRows) {
                super(null, null, false, false);
                this.tooManyRows = tooManyRows;
            }
        }

        final StringBuilder csv = new StringBuilder();
        private int nextRow;
        private int nextColumn;

        @Override
        public void startRow(int row) {
            if (row > CsvReader.DEFAULT_MAX_ROWS) { // row 0 is the header
                throw new Stop(true);
            }
            for (; nextRow < row; nextRow++) {
                csv.append("\r\n"); // line numbers stay the sheet's row numbers
            }
            nextColumn = 0;
        }

        @Override
        public void endRow(int row) {
            csv.append("\r\n");
            nextRow = row + 1;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            for (; nextColumn < column; nextColumn++) {
                csv.append(nextColumn == 0 ? "\"\"" : ";\"\"");
            }
            String text = value == null ? "" : value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
            csv.append(nextColumn == 0 ? "" : ";").append('"').append(text.replace("\"", "\"\"")).append('"');
            nextColumn++;
            if (csv.length() > MAX_SHEET_TEXT_CHARS) {
                throw new Stop(false);
            }
        }
    }

    /** Formats a number in a date format as an ISO day, so a day cell is a day whatever its format shows. */
    private static final class DaysAsIso extends DataFormatter {

        DaysAsIso() {
            super(Locale.forLanguageTag("fi"));
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static SpreadsheetFile rejected(String type, String key, Object... args) {
        CsvProblem problem = new CsvProblem(0, "", key, List.of(args), true);
        return new SpreadsheetFile(type, new CsvResult(null, ';', List.of(), Set.of(), List.of(), List.of(problem)));
    }

    private static final int[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    /** Old .xls files and password-protected workbooks are OLE2 compound documents. */
    private static final int[] OLE2 = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

}
