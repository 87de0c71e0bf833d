package fi.kykyverkko.surveys.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AnswerTableTest {

    private final AnswerTable table = new AnswerTable(List.of("grade", "comment", "day"),
            List.of(List.of("9", "=HYPERLINK(\"http://x\")", "2026-12-03"), List.of("", "Hyvä|Selkeä", "")));

    @Test
    void theWorkbookHasTheHeaderNumbersAsNumbersAndTextNeverAFormula() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx("Asiakaspalaute: joulukuu/2026")))) {
            Sheet sheet = book.getSheetAt(0);
            String name = sheet.getSheetName();
            assertEquals(true, name.startsWith("Asiakaspalaute") && !name.contains(":") && !name.contains("/"), name);
            assertEquals("grade", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType());
            assertEquals(9.0, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(1).getCellType(), "stored as text: Excel never evaluates it");
            assertEquals("=HYPERLINK(\"http://x\")", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(2).getCellType(), "a date stays as written");
            assertNull(sheet.getRow(2).getCell(0), "an unanswered item is an empty cell");
            assertEquals("Hyvä|Selkeä", sheet.getRow(2).getCell(1).getStringCellValue());
        }
    }

    @Test
    void theCsvNeutralisesWhatLooksLikeAFormula() {
        String csv = new String(table.csv(), StandardCharsets.UTF_8);
        assertEquals(true, csv.contains("'=HYPERLINK"), csv);
    }

    @Test
    void onlyPlainDecimalsAreNumbers() {
        assertEquals("4.5", AnswerTable.number("4.5").toPlainString());
        assertNull(AnswerTable.number("040 123"));
        assertNull(AnswerTable.number("1e9"));
        assertNull(AnswerTable.number("2026-12-03"));
    }
}
