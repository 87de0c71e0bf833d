package fi.kykyverkko.kernel.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CsvReader reader = new CsvReader(List.of(
            CsvColumn.required("name", "nimi", "namn"),
            CsvColumn.required("municipality", "kunta", "kommun"),
            CsvColumn.optional("note", "huomautus")));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] data) {
        byte[] result = new byte[data.length + 3];
        result[0] = (byte) 0xEF;
        result[1] = (byte) 0xBB;
        result[2] = (byte) 0xBF;
        System.arraycopy(data, 0, result, 3, data.length);
        return result;
    }

    private static List<String> keys(CsvResult result) {
        return result.problems().stream().map(CsvProblem::key).toList();
    }

    // --- encoding ---

    @Test
    void readsUtf8WithByteOrderMark() {
        CsvResult result = reader.read(withBom(utf8("nimi;kunta\r\nÄänekosken Åsa;Närpiö €\r\n")));
        assertEquals(StandardCharsets.UTF_8, result.charset());
        assertEquals(List.of("nimi", "kunta"), result.header(), "the byte order mark is not part of the first header");
        assertEquals("Äänekosken Åsa", result.rows().get(0).get("name"));
        assertEquals("Närpiö €", result.rows().get(0).get("municipality"));
        assertTrue(result.problems().isEmpty(), result.problems().toString());
    }

    @Test
    void readsUtf8WithoutByteOrderMark() {
        CsvResult result = reader.read(utf8("nimi;kunta\nÖljy-Åke;Hämeenlinna €\n"));
        assertEquals(StandardCharsets.UTF_8, result.charset());
        assertEquals("Öljy-Åke", result.rows().get(0).get("name"));
        assertEquals("Hämeenlinna €", result.rows().get(0).get("municipality"));
    }

    @Test
    void readsWindows1252AsExcelWritesItInFinland() {
        byte[] data = "nimi;kunta\r\nMäkelä;Jyväskylä €\r\n".getBytes(WINDOWS_1252);
        assertEquals((byte) 0xE4, data[13], "ä is the single byte 0xE4");
        CsvResult result = reader.read(data);
        assertEquals(WINDOWS_1252, result.charset());
        assertEquals("Mäkelä", result.rows().get(0).get("name"));
        assertEquals("Jyväskylä €", result.rows().get(0).get("municipality"));
    }

    @Test
    void rejectsUtf16AndBinaryFiles() {
        byte[] utf16 = "\uFEFFnimi;kunta\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(List.of("csv.encoding"), keys(reader.read(utf16)));
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00};
        assertEquals(List.of("csv.encoding"), keys(reader.read(zip)));
        byte[] undefinedIn1252 = {'n', 'i', 'm', 'i', (byte) 0x81, ';', 'k', 'u', 'n', 't', 'a'};
        CsvResult result = reader.read(undefinedIn1252);
        assertEquals(List.of("csv.encoding"), keys(result));
        assertNull(result.charset());
    }

    // --- separator ---

    @Test
    void detectsCommaAndSemicolon() {
        CsvResult comma = reader.read(utf8("name,municipality,note\nAino,Kotka,\"1; 2\"\n"));
        assertEquals(',', comma.separator());
        assertEquals("1; 2", comma.rows().get(0).get("note"));
        CsvResult semicolon = reader.read(utf8("name;municipality;note\nAino;Kotka;1,5\n"));
        assertEquals(';', semicolon.separator());
        assertEquals("1,5", semicolon.rows().get(0).get("note"));
    }

    @Test
    void separatorsInsideQuotedHeadersDoNotCount() {
        CsvResult result = reader.read(utf8("\"name;x;y\",municipality,note\n"));
        assertEquals(',', result.separator());
    }

    @Test
    void semicolonWinsATie() {
        CsvResult result = reader.read(utf8("name;\"municipality\",note\n"));
        assertEquals(';', result.separator());
    }

    // --- quoting, trimming, line numbers ---

    @Test
    void honoursRfc4180Quoting() {
        String csv = "nimi;kunta;huomautus\r\n"
                + "\"Virtanen; Aino\";\"Kotka\";\"hän sanoi \"\"hei\"\"\"\r\n"
                + "  Aino  ; Kotka ;\"  kept  \"\r\n";
        CsvResult result = reader.read(utf8(csv));
        CsvRow first = result.rows().get(0);
        assertEquals("Virtanen; Aino", first.get("name"));
        assertEquals("hän sanoi \"hei\"", first.get("note"));
        CsvRow second = result.rows().get(1);
        assertEquals("Aino", second.get("name"), "unquoted cells are trimmed");
        assertEquals("Kotka", second.get("municipality"));
        assertEquals("  kept  ", second.get("note"), "quoted cells keep their spaces");
    }

    @Test
    void keepsLineNumbersAcrossBlankLinesAndMultiLineCells() {
        String csv = "nimi;kunta;huomautus\r\n"          // 1
                + "\r\n"                                 // 2 blank
                + "Aino;Kotka;\"first\r\nsecond\nthird\"\r\n" // 3-5
                + ";;\r\n"                               // 6 only separators
                + "   \n"                                // 7 blanks
                + "Eino;Hamina;\n";                      // 8
        CsvResult result = reader.read(utf8(csv));
        assertEquals(2, result.rows().size());
        assertEquals(3, result.rows().get(0).line());
        assertEquals("first\nsecond\nthird", result.rows().get(0).get("note"), "line breaks inside quotes become \\n");
        assertEquals(8, result.rows().get(1).line());
    }

    @Test
    void readsLoneCarriageReturnLineEnds() {
        CsvResult result = reader.read(utf8("nimi;kunta\rAino;Kotka\rEino;Hamina"));
        assertEquals(List.of(2, 3), result.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void reportsAQuoteThatIsNeverClosed() {
        CsvResult result = reader.read(utf8("nimi;kunta\nAino;Kotka\nEino;\"Hamina\nOlli;Kotka\n"));
        CsvProblem problem = result.errors().get(0);
        assertEquals("csv.unclosed-quote", problem.key());
        assertEquals(3, problem.line());
        assertEquals(List.of(2), result.validRows().stream().map(CsvRow::line).toList());
    }

    // --- header ---

    @Test
    void listsEveryMissingRequiredColumnAndReadsNoRows() {
        CsvResult result = reader.read(utf8("huomautus;muu\nx;y\n"));
        assertEquals(1, result.errors().size());
        CsvProblem problem = result.errors().get(0);
        assertEquals("csv.missing-columns", problem.key());
        assertEquals(0, problem.line());
        assertEquals("The file lacks required columns: name (nimi / namn), municipality (kunta / kommun).", problem.defaultText());
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void acceptsAliasesInAnyCaseAndWithSpaces() {
        CsvResult result = reader.read(utf8("  NIMI ; Kommun ;Huomautus\nAino;Kotka;x\n"));
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals("Kotka", result.rows().get(0).get("municipality"));
        assertTrue(result.hasColumn("note"));
    }

    @Test
    void absentOptionalColumnReadsAsEmpty() {
        CsvResult result = reader.read(utf8("nimi;kunta\nAino;Kotka\n"));
        assertFalse(result.hasColumn("note"));
        assertEquals("", result.rows().get(0).get("note"));
        assertThrows(IllegalArgumentException.class, () -> result.rows().get(0).get("notes"));
    }

    @Test
    void rejectsARepeatedColumnEvenUnderAnotherAlias() {
        CsvResult result = reader.read(utf8("nimi;kunta;name\nAino;Kotka;Aino\n"));
        assertEquals(List.of("csv.duplicate-column"), keys(result));
        assertEquals("name", result.problems().get(0).column());
        assertTrue(result.rows().isEmpty());
        assertEquals(List.of("csv.duplicate-column"), keys(reader.read(utf8("nimi;kunta;muu;MUU\n"))).subList(0, 1));
    }

    @Test
    void warnsOfUnknownColumnsAndIgnoresThem() {
        CsvResult result = reader.read(utf8("nimi;syntymäaika;kunta;;\nAino;=1+1;Kotka;;\n"));
        assertFalse(result.hasErrors(), result.problems().toString());
        assertEquals(List.of("csv.unknown-columns"), keys(result));
        assertEquals(List.of("syntymäaika"), result.warnings().get(0).arguments().stream().map(Object::toString).toList());
        assertEquals(List.of("nimi", "syntymäaika", "kunta"), result.header(), "trailing empty headers dropped");
        assertEquals("Kotka", result.rows().get(0).get("municipality"));
    }

    // --- rows ---

    @Test
    void tooManyCellsIsARowProblemAndFewerMeansEmpty() {
        CsvResult result = reader.read(utf8("nimi;kunta\nAino;Kotka;extra\nEino\nOlli;Hamina;;\n"));
        assertEquals(List.of("csv.too-many-cells"), keys(result));
        assertEquals(2, result.problems().get(0).line());
        assertEquals("Line 2: the row has 3 cells but the header line only 2 columns.", result.problems().get(0).defaultText());
        assertEquals("", result.rows().get(1).get("municipality"));
        assertEquals(List.of(3, 4), result.validRows().stream().map(CsvRow::line).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd()", "@SUM(1)", "+cmd|' /C calc'!A0", "-1+2", "-2+3+cmd|' /C calc'!A0", "\"\t=1+1\"",
            "\"\tplain\"", "\"\r=1\"", "\" =HYPERLINK(x)\"", "=1+1", "+358 40 123 4567", "-12"})
    void rejectsFormulaLookingCells(String cell) {
        CsvResult result = reader.read(utf8("nimi;kunta\n" + cell + ";Kotka\n"));
        assertEquals(List.of("csv.formula"), keys(result));
        CsvProblem problem = result.problems().get(0);
        assertEquals(2, problem.line());
        assertEquals("name", problem.column());
        assertTrue(result.validRows().isEmpty());
    }

    @Test
    void tabPrefixedUnquotedCellIsTrimmedAndStillRejected() {
        CsvResult result = reader.read(utf8("nimi;kunta\n\t=cmd();Kotka\n"));
        assertEquals(List.of("csv.formula"), keys(result));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+358 40 123 4567", "-12", "-1 234,50", "+3.5", "-0"})
    void columnWithLeadingSignAcceptsNumbersAndPhoneNumbers(String cell) {
        CsvReader phones = new CsvReader(List.of(CsvColumn.required("phone", "puhelin").allowingLeadingSign()));
        CsvResult result = phones.read(utf8("puhelin\n" + cell + "\n"));
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals(cell, result.rows().get(0).get("phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd()", "@SUM(1)", "+cmd|' /C calc'!A0", "-1+2", "-2+3+cmd|' /C calc'!A0", "+358-40",
            "\"\t-12\"", "\" -12\"", "-", "+A1"})
    void columnWithLeadingSignStillRejectsFormulas(String cell) {
        CsvReader phones = new CsvReader(List.of(CsvColumn.required("phone", "puhelin").allowingLeadingSign()));
        assertEquals(List.of("csv.formula"), keys(phones.read(utf8("puhelin\n" + cell + "\n"))));
    }

    @Test
    void problemsNeverContainTheCellValue() {
        String secret = "=010190-123A";
        CsvResult result = reader.read(utf8("nimi;kunta;x;y\n" + secret + ";Kotka;a;b;c\n"));
        for (CsvProblem problem : result.problems()) {
            for (Locale language : List.of(new Locale("fi"), new Locale("sv"), Locale.ENGLISH)) {
                assertFalse(problem.text(language).contains("010190"), problem.text(language));
            }
            assertFalse(problem.toString().contains("010190"));
            assertFalse(problem.arguments().toString().contains("010190"));
        }
        assertEquals(List.of("csv.unknown-columns", "csv.too-many-cells", "csv.formula"), keys(result));
    }

    // --- limits and empty files ---

    @Test
    void rejectsAFileOverTheSizeLimitWithoutReadingItAll() throws IOException {
        CsvReader small = new CsvReader(List.of(CsvColumn.required("name")), 1024, 100);
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                if (served > 10_000) {
                    throw new AssertionError("read past the limit");
                }
                return 'a';
            }
        };
        CsvResult result = small.read(endless);
        assertEquals(List.of("csv.too-large"), keys(result));
        assertEquals(List.of("csv.too-large"), keys(new CsvReader(List.of(CsvColumn.required("name")), 5, 100).read(utf8("name\nAino\n"))));
        assertEquals("Tiedosto on liian suuri. Suurin sallittu koko on 5 Mt.",
                reader.read(new byte[(int) CsvReader.DEFAULT_MAX_BYTES + 1]).problems().get(0).text(new Locale("fi")));
    }

    @Test
    void rejectsMoreRowsThanTheLimit() {
        CsvReader threeRows = new CsvReader(List.of(CsvColumn.required("name")), 1024, 3);
        assertEquals(3, threeRows.read(utf8("name\na\nb\n\nc\n")).rows().size(), "exactly the limit is fine");
        CsvResult result = threeRows.read(utf8("name\na\nb\nc\n=d\n"));
        assertEquals(List.of("csv.too-many-rows"), keys(result));
        assertEquals(0, result.problems().get(0).line());
        assertTrue(result.rows().isEmpty());
        assertTrue(result.validRows().isEmpty());
    }

    @Test
    void emptyAndBlankFilesAreAFileProblem() {
        assertEquals(List.of("csv.empty"), keys(reader.read(new byte[0])));
        assertEquals(List.of("csv.empty"), keys(reader.read(withBom(new byte[0]))));
        assertEquals(List.of("csv.empty"), keys(reader.read(utf8("\r\n  \r\n;;\r\n"))));
    }

    @Test
    void headerOnlyGivesNoRowsAndNoProblems() throws IOException {
        CsvResult result = reader.read(new ByteArrayInputStream(utf8("nimi;kunta\r\n")));
        assertTrue(result.rows().isEmpty());
        assertTrue(result.problems().isEmpty());
    }

    @Test
    void headerAfterLeadingBlankLinesKeepsItsLineNumber() {
        CsvResult result = reader.read(utf8("\n\nnimi,kunta\nAino,Kotka\n"));
        assertEquals(',', result.separator());
        assertEquals(4, result.rows().get(0).line());
    }

    @Test
    void rejectsAColumnDeclaredTwice() {
        assertThrows(IllegalArgumentException.class,
                () -> new CsvReader(List.of(CsvColumn.required("name"), CsvColumn.optional("name"))));
    }
}
