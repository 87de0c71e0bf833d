package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import fi.kykyverkko.kernel.domain.imports.Choices;
import fi.kykyverkko.kernel.domain.imports.ImportFormat;
import fi.kykyverkko.kernel.domain.imports.ImportReport;
import fi.kykyverkko.kernel.exchange.csv.CsvReader;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.imports.NetworkImport;
import fi.kykyverkko.shell.kit.FormSave;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The upload of an import file and its report: a summary in words, then the problems of the whole file, then each
 * row's problems under its line number, in line order. Plain text that wraps (no grid cells to cut it off).
 */
final class ImportUpload extends Div {

    /** Rows listed at most: a file with thousands of bad rows is named by its count rather than filling the page. */
    static final int MAX_ROWS_LISTED = 300;

    private static final Logger LOG = Logger.getLogger(ImportUpload.class.getName());

    private final Paragraph summary = new Paragraph();
    private final Div report = new Div();

    ImportUpload(NetworkImport importer, TenantId tenant, PortalUser user, Supplier<ImportFormat<?>> format) {
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        report.setId("import-report");
        report.setVisible(false);

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = fi.kykyverkko.shell.kit.Uploads.upload(buffer, getLocale());
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize((int) CsvReader.DEFAULT_MAX_BYTES);
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                show(e.getFileName(), importer.run(tenant, user, format.get(), in.readAllBytes()));
            } catch (IOException | RuntimeException failure) {
                LOG.log(Level.SEVERE, "Import of " + e.getFileName() + " into " + tenant + " failed", failure);
                FormSave.notify(getTranslation("kit.form.failed"), true);
            } finally {
                // ready for the next file at once; a full file list would also grey out the drop label below AA contrast
                upload.clearFileList();
            }
        });
        upload.addFileRejectedListener(e -> FormSave.notify(getTranslation("networks.import.too-large"), true));
        add(upload, summary, report);
    }

    private void show(String fileName, ImportReport result) {
        String outcome = result.rejectedWholeFile() ? getTranslation("networks.import.rejected")
                : getTranslation("networks.import.summary", result.rows(), result.saved(), result.created(), result.updated(), result.skipped());
        String readAs = result.encoding() == null ? "" : " · " + getTranslation("networks.import.read-as", result.encoding(),
                getTranslation(result.separator() == ',' ? "networks.import.separator.comma" : "networks.import.separator.semicolon"));
        summary.setText(getTranslation("networks.import.file", fileName) + " – " + outcome + readAs);

        report.removeAll();
        if (!result.fileProblems().isEmpty()) {
            report.add(section("import-file", getTranslation(result.rejectedWholeFile() ? "networks.import.file-rejected"
                    : "networks.import.file-notes"), result.fileProblems()));
        }
        Map<Integer, List<ImportReport.Line>> rows = result.rowProblems();
        if (!rows.isEmpty()) {
            report.add(new Paragraph(getTranslation("networks.import.lines-hint")));
        }
        rows.entrySet().stream().limit(MAX_ROWS_LISTED).forEach(row -> report.add(section("import-line-" + row.getKey(),
                getTranslation(row.getValue().stream().anyMatch(ImportReport.Line::error) ? "networks.import.row-skipped"
                        : "networks.import.row-notes", row.getKey()), row.getValue())));
        if (rows.size() > MAX_ROWS_LISTED) {
            report.add(new Paragraph(getTranslation("networks.import.more-rows", rows.size() - MAX_ROWS_LISTED)));
        }
        report.setVisible(report.getComponentCount() > 0);
    }

    private Div section(String id, String heading, List<ImportReport.Line> problems) {
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(text(p))));
        Div section = new Div(new H3(heading), list);
        section.setId(id);
        return section;
    }

    /** One problem in the reader's language; the reader's own messages (csv.*) already name their line and column. */
    private String text(ImportReport.Line problem) {
        String message = getTranslation(problem.key(), problem.args().stream().map(this::argument).toArray());
        String placed = problem.key().startsWith("csv.") || problem.column().isEmpty() ? message
                : getTranslation("networks.import.in-column", problem.column(), message);
        return problem.error() ? placed : getTranslation("networks.import.note", placed);
    }

    /** The allowed values of a choice, in the reader's language. */
    private Object argument(Object argument) {
        return argument instanceof Choices choices ? String.join(", ", choices.labels(getLocale())) : argument;
    }
}
