package fi.kykyverkko.kernel.domain.imports;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.exchange.csv.CsvWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file a person fills in to import rows of a format, opened by double-click in Excel ({@link CsvWriter#excel()}):
 * <ol>
 *   <li>the header, as an export writes it;</li>
 *   <li>an example row, its code marked as a comment ({@code #esimerkki-ry});</li>
 *   <li>a row that lists, under each choice column, the values it accepts (first cell {@code #} and a heading);</li>
 *   <li>a note row saying that rows starting with {@code #} are not imported.</li>
 * </ol>
 * Comment rows are skipped by {@link CsvImport}, so the template imports unchanged (nothing saved, nothing
 * refused) and a person may leave those rows in. One file rather than a second sheet: CSV has no sheets, and a
 * list right under its column is where Excel users look.
 */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    /**
     * @param example        a row as it could be written, e.g. a made-up organisation (its code gets the comment mark)
     * @param language       the language of choice labels (the import reads every language)
     * @param allowedHeading the heading of the allowed-values row, e.g. "Sallitut arvot"
     * @param note           the note row's text
     */
    public static <T extends Coded> byte[] of(ImportFormat<T> format, T example, Locale language, String allowedHeading, String note) {
        List<String> exampleRow = new ArrayList<>();
        List<String> allowedRow = new ArrayList<>();
        List<String> cells = format.row(example);
        for (int i = 0; i < format.fields().size(); i++) {
            Choices choices = format.fields().get(i).choices();
            exampleRow.add(choices.relabel(cells.get(i), language));
            allowedRow.add(choices.any() ? String.join(" | ", choices.labels(language)) : "");
        }
        exampleRow.set(0, CsvImport.COMMENT + exampleRow.get(0));
        allowedRow.set(0, CsvImport.COMMENT + " " + allowedHeading);
        List<String> noteRow = new ArrayList<>(java.util.Collections.nCopies(format.fields().size(), ""));
        noteRow.set(0, CsvImport.COMMENT + " " + note);
        return CsvWriter.excel().toBytes(format.header(), List.of(exampleRow, allowedRow, noteRow));
    }
}
