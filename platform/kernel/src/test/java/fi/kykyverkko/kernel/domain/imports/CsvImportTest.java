package fi.kykyverkko.kernel.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generic import engine's format and file handling (the database part runs in the portal's NetworksIT). */
class CsvImportTest {

    static final class Thing extends Coded {
        String name;

        @Override
        public Problems check() {
            return new Problems().code("code", getCode()).required("name", name);
        }
    }

    static final ImportFormat<Thing> THINGS = new ImportFormat<>("things", Thing.class, Thing::new, List.of(
            FieldMapping.text(CsvColumn.required("code", "tunnus"), "code", Thing::getCode, Thing::setCode),
            FieldMapping.text(CsvColumn.required("name", "nimi"), "name", t -> t.name, (t, v) -> t.name = v)));

    @Test
    void aFileWithoutARequiredColumnIsRejectedAsAWhole() {
        CsvImport.Parsed parsed = CsvImport.parse(THINGS, "code;other\na;b\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(parsed.rejected());
        ImportReport report = parsed.report(THINGS, 0, 0);
        assertTrue(report.rejectedWholeFile());
        assertEquals(0, report.problems().get(0).line());
    }

    @Test
    void aGoodFileIsAcceptedAndFormulaCellsAreRowProblems() {
        CsvImport.Parsed parsed = CsvImport.parse(THINGS, "tunnus;nimi\na;Aa\nb;=cmd()\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(parsed.rejected());
        ImportReport report = parsed.report(THINGS, 1, 0);
        assertEquals(1, report.skipped());
        assertEquals(3, report.problems().get(0).line());
    }

    @Test
    void theFormatMapsPropertiesToColumnsAndWritesRows() {
        Thing t = new Thing();
        t.setCode("a");
        t.name = "Aa";
        assertEquals(List.of("code", "name"), THINGS.header());
        assertEquals(List.of("a", "Aa"), THINGS.row(t));
        assertEquals(Optional.of("name"), THINGS.columnOf("name"));
        assertEquals(Optional.empty(), THINGS.columnOf("missing"));
    }
}
