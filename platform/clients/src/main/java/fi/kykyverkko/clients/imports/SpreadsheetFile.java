package fi.kykyverkko.clients.imports;

import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import fi.kykyverkko.kernel.exchange.csv.CsvProblem;
import fi.kykyverkko.kernel.exchange.csv.CsvReader;
import fi.kykyverkko.kernel.exchange.csv.CsvResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded file read as rows of the import's columns, whether CSV or Excel's XLSX. Both go through the kernel's
 * {@link CsvReader}, so the header rules, the formula rule, the limits and the wording of their problems are the
 * same: an XLSX's first sheet is turned into CSV text first, one line per sheet row (so a problem's line is the row
 * number Excel shows), date cells written as ISO days and a formula cell as the value Excel last computed for it.
 */
public record SpreadsheetFile(String type, CsvResult rows) {

    public static final String CSV = "CSV";
    public static final String XLSX = "XLSX";

    /** Not a file the import reads: an old .xls, an encrypted workbook, or a .zip that is no workbook. */
    public static final String NOT_A_SPREADSHEET = "clients.import.not-a-spreadsheet";

    private static final Logger LOG = Logger.getLogger(SpreadsheetFile.class.getName());

    /** The CSV text made from a sheet of at most {@link CsvReader#DEFAULT_MAX_BYTES} can be longer than the sheet. */
    private static final long MAX_SHEET_TEXT_BYTES = 16 * CsvReader.DEFAULT_MAX_BYTES;

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
        if (text == null) {
            return rejected(XLSX, "csv.too-many-rows", CsvReader.DEFAULT_MAX_ROWS);
        }
        return new SpreadsheetFile(XLSX, new CsvReader(columns, MAX_SHEET_TEXT_BYTES, CsvReader.DEFAULT_MAX_ROWS).read(text));
    }

    /** The first sheet as UTF-8 CSV text, every cell quoted; null when it has more rows than the import takes. */
    static byte[] sheetAsCsv(byte[] file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (book.getNumberOfSheets() == 0) {
                return new byte[0];
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > CsvReader.DEFAULT_MAX_ROWS) { // header + the rows the reader takes
                return null;
            }
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("fi"));
            StringBuilder text = new StringBuilder();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        if (c > 0) {
                            text.append(';');
                        }
                        String cell = row.getCell(c) == null ? "" : cellText(row.getCell(c), formatter);
                        text.append('"').append(cell.replace("\"", "\"\"")).append('"');
                    }
                }
                text.append("\r\n"); // an empty line for an empty row: line numbers stay the sheet's row numbers
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A cell as text: a day as yyyy-MM-dd, a formula as its last computed value; line breaks become spaces. */
    static String cellText(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
    }

    private static SpreadsheetFile rejected(String type, String key, Object... args) {
        CsvProblem problem = new CsvProblem(0, "", key, List.of(args), true);
        return new SpreadsheetFile(type, new CsvResult(null, ';', List.of(), Set.of(), List.of(), List.of(problem)));
    }

    private static final int[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    /** Old .xls files and password-protected workbooks are OLE2 compound documents. */
    private static final int[] OLE2 = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

    private static boolean startsWith(byte[] data, int[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
