package fi.kykyverkko.kernel.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static final List<String> HEADER = List.of("nimi", "kunta", "huomautus");

    private static String text(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void writesUtf8WithByteOrderMarkSemicolonsAndCrlf() {
        byte[] bytes = CsvWriter.excel().toBytes(HEADER, List.of(List.of("Äijä", "Närpes", "€ 5")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("nimi;kunta;huomautus\r\nÄijä;Närpes;€ 5\r\n", text(bytes));
    }

    @Test
    void quotesOnlyWhereNeeded() {
        CsvWriter writer = CsvWriter.excel();
        assertEquals("plain", writer.cell("plain"));
        assertEquals("1,5", writer.cell("1,5"), "a comma needs no quotes when ; separates");
        assertEquals("\"a;b\"", writer.cell("a;b"));
        assertEquals("\"say \"\"hi\"\"\"", writer.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", writer.cell("two\nlines"));
        assertEquals("\" padded \"", writer.cell(" padded "), "quoted so that reading back keeps the spaces");
        assertEquals("", writer.cell(null));
        assertEquals("\"1,5\"", writer.withSeparator(',').cell("1,5"));
    }

    @Test
    void neutralisesFormulaLookingCells() {
        CsvWriter writer = CsvWriter.excel();
        assertEquals("'=cmd()", writer.cell("=cmd()"));
        assertEquals("'@SUM(1)", writer.cell("@SUM(1)"));
        assertEquals("'+cmd|' /C calc'!A0", writer.cell("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", writer.cell("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'\t=1", writer.cell("\t=1"));
        assertEquals("\"'\r=1\"", writer.cell("\r=1"));
        assertEquals("' =1", writer.cell(" =1"));
        assertEquals("'-12", writer.cell("-12"), "by default even numbers, since the column is unknown");
        assertEquals("a=b", writer.cell("a=b"));
        assertEquals("'\u0000=1+1", writer.cell("\u0000=1+1"), "a NUL first does not hide the formula");
        assertEquals("'\u00a0\u200b=1", writer.cell("\u00a0\u200b=1"));
    }

    @Test
    void canLeaveSignedNumbersAsNumbers() {
        CsvWriter writer = CsvWriter.excel().allowingSignedNumbers();
        assertEquals("-12", writer.cell("-12"));
        assertEquals("-1 234,50", writer.cell("-1 234,50"));
        assertEquals("'-1+2", writer.cell("-1+2"));
        assertEquals("'=1", writer.cell("=1"));
    }

    @Test
    void neutralisesTheHeaderToo() {
        assertTrue(text(CsvWriter.excel().toBytes(List.of("=x"), List.of())).startsWith("'=x\r\n"));
    }

    @Test
    void roundTripGivesBackTheSameValues() {
        List<List<String>> rows = List.of(
                List.of("Virtanen; Aino", "Kotka", "hän sanoi \"hei\"\nja lähti"),
                List.of("Åsa Öhman", "Närpes", " välilyönnit "),
                List.of("€uro, pilkku", "Hamina", ""));
        for (CsvWriter writer : List.of(CsvWriter.excel(), CsvWriter.excel().withSeparator(','))) {
            CsvResult result = new CsvReader(List.of(CsvColumn.required("name", "nimi"), CsvColumn.required("municipality", "kunta"),
                    CsvColumn.optional("note", "huomautus"))).read(writer.toBytes(HEADER, rows));
            assertTrue(result.problems().isEmpty(), result.problems().toString());
            assertEquals(writer.cell(";").equals(";") ? ',' : ';', result.separator());
            assertEquals(rows, result.rows().stream()
                    .map(row -> List.of(row.get("name"), row.get("municipality"), row.get("note"))).toList());
        }
    }

    @Test
    void signedNumbersRoundTripIntoAColumnThatAllowsThem() {
        byte[] bytes = CsvWriter.excel().allowingSignedNumbers().toBytes(List.of("saldo"), List.of(List.of("-12"), List.of("+3,5")));
        CsvResult result = new CsvReader(List.of(CsvColumn.required("saldo").allowingLeadingSign())).read(bytes);
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals(List.of("-12", "+3,5"), result.rows().stream().map(row -> row.get("saldo")).toList());
    }

    @Test
    void neutralisedCellsReadBackAsHarmlessText() {
        byte[] bytes = CsvWriter.excel().toBytes(List.of("nimi"), List.of(List.of("=cmd()")));
        CsvResult result = new CsvReader(List.of(CsvColumn.required("nimi"))).read(bytes);
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals("'=cmd()", result.rows().get(0).get("nimi"));
    }

    @Test
    void refusesAQuoteAsSeparator() {
        assertThrows(IllegalArgumentException.class, () -> CsvWriter.excel().withSeparator('"'));
    }
}
