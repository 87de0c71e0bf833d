package fi.kykyverkko.surveys.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A survey's answers as one table: a column per answer key, a row per answer (several values of a multiple choice
 * joined with "|"). Written as CSV (the kernel's writer, formula-looking cells neutralised) or as XLSX, where every
 * text is a text cell (never evaluated as a formula) and a plain number a number cell, so Excel sums the scales.
 */
public record AnswerTable(List<String> keys, List<List<String>> rows) {

    public AnswerTable {
        keys = List.copyOf(keys);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public byte[] csv() {
        return fi.kykyverkko.kernel.exchange.csv.CsvWriter.excel().toBytes(keys, rows);
    }

    /** One sheet named {@code sheetName}: the keys as a bold header row, frozen; then the rows. */
    public byte[] xlsx(String sheetName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < keys.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(keys.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    BigDecimal number = number(value);
                    if (number != null) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain decimal ({@code 3}, {@code -2}, {@code 4.5}), else null: dates, codes and texts stay text. */
    static BigDecimal number(String value) {
        return value.matches("-?\\d{1,12}(\\.\\d{1,6})?") ? new BigDecimal(value) : null;
    }
}
