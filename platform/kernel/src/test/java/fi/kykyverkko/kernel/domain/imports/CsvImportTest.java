package fi.kykyverkko.kernel.domain.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.Labelled;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The generic import engine: file handling, every problem of a row, line order, comment rows and the template. */
class CsvImportTest {

    enum Colour implements Labelled {
        RED, GREEN;

        @Override
        public String labelKey() {
            return "colour." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The module's texts: Finnish by default, Swedish for sv. */
    static final Function<Locale, ResourceBundle> TEXTS = language -> new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            boolean sv = language.getLanguage().equals("sv");
            return new Object[][] {{"colour.red", sv ? "Röd" : "Punainen"}, {"colour.green", sv ? "Grön" : "Vihreä"}};
        }
    };

    static final class Thing extends Coded {
        String name;
        Colour colour;
        String size;

        @Override
        public Problems check() {
            return new Problems().code("code", getCode()).required("name", name).required("colour", colour).maxLength("size", size, 3);
        }

        void setSize(String size) {
            if (size != null && !size.isBlank() && !size.matches("\\d+")) {
                Problems.refuse("size", "test.size-digits");
            }
            this.size = size;
        }
    }

    static final ImportFormat<Thing> THINGS = new ImportFormat<>("things", Thing.class, Thing::new, List.of(
            FieldMapping.text(CsvColumn.required("code", "tunnus"), "code", Thing::getCode, Thing::setCode),
            FieldMapping.text(CsvColumn.required("name", "nimi"), "name", t -> t.name, (t, v) -> t.name = v),
            FieldMapping.choice(CsvColumn.required("colour", "väri"), "colour", Colour.class, TEXTS, t -> t.colour, (t, v) -> t.colour = v),
            FieldMapping.text(CsvColumn.optional("size", "koko"), "size", t -> t.size, Thing::setSize)));

    /** Just what the engine asks of an EntityManager: rows by code, persist, detach (copies are kept by the caller). */
    static final class Stored {
        final List<Thing> rows = new ArrayList<>();

        EntityManager em() {
            return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "createQuery":
                        return query();
                    case "persist":
                        rows.add((Thing) args[0]);
                        return null;
                    case "detach":
                    case "flush":
                        return null;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });
        }

        private TypedQuery<?> query() {
            Object[] code = new Object[1];
            return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "setParameter":
                        code[0] = args[1];
                        return proxy;
                    case "getResultStream":
                        return rows.stream().filter(t -> t.getCode().equals(code[0]));
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });
        }
    }

    private static ImportReport run(Stored stored, String csv) {
        return CsvImport.run(stored.em(), "tester", THINGS, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(ImportReport report) {
        return report.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.key()).toList();
    }

    @Test
    void aFileWithoutARequiredColumnIsRejectedAsAWhole() {
        CsvImport.Parsed parsed = CsvImport.parse(THINGS, "code;other\na;b\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(parsed.rejected());
        ImportReport report = parsed.report(THINGS, 0, 0);
        assertTrue(report.rejectedWholeFile());
        assertEquals(0, report.problems().get(0).line());
        assertEquals(report.problems(), report.fileProblems());
        assertTrue(report.rowProblems().isEmpty());
    }

    @Test
    void everyProblemOfARowIsReportedAlsoWhenOneCellAloneWouldRefuseIt() {
        Stored stored = new Stored();
        ImportReport report = run(stored, "tunnus;nimi;väri;koko\n"
                + "a;Aa;Punainen;12\n"
                + "b;=cmd();Sininen;x\n"       // a formula cell, an unknown colour and a refused size
                + "c;Cc;Keltainen;abc\n");     // an unknown colour and a refused size
        assertEquals(List.of("a"), stored.rows.stream().map(Thing::getCode).toList());
        assertEquals(List.of("3 name csv.formula", "3 colour import.unknown-choice", "3 size test.size-digits",
                "4 colour import.unknown-choice", "4 size test.size-digits"), problems(report));
        assertEquals(3, report.rows());
        assertEquals(1, report.saved());
        assertEquals(2, report.skipped());
    }

    @Test
    void problemsAreListedInLineOrderEachLineLeftToRight() {
        ImportReport report = run(new Stored(), "code;name;colour;size\n"
                + "a;;Punainen;\n"           // line 2: the rules find a missing name, after the reader's line 4
                + "b;Bb;Vihreä;12\n"
                + "c;@x;;\n"                  // line 4: a formula cell, found by the reader first
                + "a;Aa;Punainen;\n");        // line 5: "a" is line 2's code, so this one is a repeat
        assertEquals(List.of("2 name validation.required", "4 name csv.formula", "4 colour validation.required",
                "5 code import.duplicate-code"), problems(report));
        assertEquals(List.of(2, 4, 5), List.copyOf(report.rowProblems().keySet()));
        assertEquals(1, report.created());
        assertEquals(3, report.skipped());
    }

    @Test
    void aRepeatedCodeIsReportedWithTheRowsOtherProblems() {
        Stored stored = new Stored();
        ImportReport report = run(stored, "code;name;colour\na;Aa;Vihreä\na;;Musta\n");
        assertEquals(List.of("3 code import.duplicate-code", "3 name validation.required", "3 colour import.unknown-choice"), problems(report));
        assertEquals(1, stored.rows.size());
    }

    @Test
    void anUnknownChoiceNamesTheAllowedValuesInTheReadersLanguage() {
        ImportReport report = run(new Stored(), "code;name;colour\na;Aa;Musta\n");
        Choices allowed = (Choices) report.problems().get(0).args().get(0);
        assertEquals(List.of("Punainen", "Vihreä"), allowed.labels(Locale.forLanguageTag("fi")));
        assertEquals(List.of("Röd", "Grön"), allowed.labels(Locale.forLanguageTag("sv")));
        assertEquals("Punainen, Vihreä", allowed.toString(), "plain MessageFormat (logs) gets the Finnish list");
        assertTrue(run(new Stored(), "code;name;colour\nb;Bb;grön\n").problems().isEmpty(), "a label in another language is accepted");
    }

    @Test
    void theTemplateHasAnExampleAndTheAllowedValuesAndImportsUnchanged() {
        Thing example = new Thing();
        example.setCode("esimerkki");
        example.name = "Esimerkki";
        example.colour = Colour.GREEN;
        byte[] template = ImportTemplate.of(THINGS, example, Locale.forLanguageTag("sv"), "Tillåtna värden", "Rader som börjar med # importeras inte.");
        String text = new String(template, StandardCharsets.UTF_8);
        assertEquals(List.of("\uFEFFcode;name;colour;size", "#esimerkki;Esimerkki;Grön;", "# Tillåtna värden;;Röd | Grön;",
                "# Rader som börjar med # importeras inte.;;;"), List.of(text.split("\r\n")));

        Stored stored = new Stored();
        ImportReport report = CsvImport.run(stored.em(), "tester", THINGS, template);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        assertEquals(0, report.rows(), "comment rows are not counted");
        assertTrue(stored.rows.isEmpty());

        ImportReport filledIn = run(stored, text.replace("# Tillåtna", "uusi;Uusi;Röd;\r\n# Tillåtna"));
        assertEquals(1, filledIn.created(), filledIn.problems().toString());
        assertEquals(1, filledIn.rows());
    }

    @Test
    void theFormatMapsPropertiesToColumnsAndWritesRows() {
        Thing t = new Thing();
        t.setCode("a");
        t.name = "Aa";
        t.colour = Colour.RED;
        assertEquals(List.of("code", "name", "colour", "size"), THINGS.header());
        assertEquals(List.of("a", "Aa", "Punainen", ""), THINGS.row(t));
        assertEquals(Optional.of("name"), THINGS.columnOf("name"));
        assertEquals(Optional.empty(), THINGS.columnOf("missing"));
        assertFalse(THINGS.fields().get(1).choices().any());
    }
}
