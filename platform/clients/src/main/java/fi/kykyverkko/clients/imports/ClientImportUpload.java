package fi.kykyverkko.clients.imports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import fi.kykyverkko.kernel.domain.imports.Choices;
import fi.kykyverkko.kernel.exchange.csv.CsvReader;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The upload of a client file and its report, as networks' import does it: a summary in words, then every line the
 * import has something to say about, as plain text that wraps. Never a cell's value.
 */
final class ClientImportUpload extends Div {

    /** Lines listed at most: a file with thousands of bad rows is named by its count rather than filling the page. */
    static final int MAX_LINES_LISTED = 300;

    private static final Logger LOG = Logger.getLogger(ClientImportUpload.class.getName());

    private final Paragraph summary = new Paragraph();
    private final UnorderedList report = new UnorderedList();
    private final Paragraph more = new Paragraph();

    ClientImportUpload(ClientImport importer, TenantId tenant, PortalUser user) {
        summary.setId("client-import-summary");
        summary.getElement().setAttribute("role", "status");
        report.setId("client-import-report");
        report.setVisible(false);
        more.setVisible(false);

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = Uploads.upload(buffer, getLocale());
        upload.setId("client-import-upload");
        upload.setAcceptedFileTypes(".xlsx", ".csv", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize((int) CsvReader.DEFAULT_MAX_BYTES);
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                show(e.getFileName(), importer.run(tenant, user, in.readAllBytes()));
            } catch (IOException | RuntimeException failure) {
                // the file's name and the failure's kind: the message of a database error may quote a row
                LOG.log(Level.SEVERE, "Client import into " + tenant + " failed: " + failure.getClass().getName());
                FormSave.notify(getTranslation("kit.form.failed"), true);
            } finally {
                upload.clearFileList(); // ready for the next file at once
            }
        });
        upload.addFileRejectedListener(e -> FormSave.notify(getTranslation("clients.import.file-refused"), true));
        add(upload, summary, report, more);
    }

    void show(String fileName, ClientImportReport result) {
        String outcome = result.rejectedWholeFile() ? getTranslation("clients.import.rejected")
                : getTranslation("clients.import.summary", result.rows(), result.clientsCreated(), result.episodesCreated(),
                        result.clientsSkipped(), result.rowsSkipped());
        summary.setText(getTranslation("clients.import.file", fileName, result.fileType()) + " – " + outcome);
        report.removeAll();
        result.problems().stream().limit(MAX_LINES_LISTED).forEach(line -> {
            ListItem item = new ListItem(text(line));
            item.getElement().setAttribute("data-line", String.valueOf(line.line()));
            report.add(item);
        });
        report.setVisible(!result.problems().isEmpty());
        more.setText(getTranslation("clients.import.more-lines", Math.max(0, result.problems().size() - MAX_LINES_LISTED)));
        more.setVisible(result.problems().size() > MAX_LINES_LISTED);
    }

    /** One line in the reader's language: where, what, and whether the row was skipped. */
    String text(ImportLine line) {
        String message = getTranslation(line.key(), line.args().stream().map(this::argument).toArray());
        if (line.key().startsWith("csv.") && line.line() > 0) {
            return message; // the reader's own messages name their line and column already
        }
        if (line.line() == 0) {
            return getTranslation("clients.import.whole-file", message);
        }
        return line.column().isEmpty() ? getTranslation("clients.import.line", line.line(), message)
                : getTranslation("clients.import.line-column", line.line(), line.column(), message);
    }

    /** The allowed values of a choice, in the reader's language. */
    private Object argument(Object argument) {
        return argument instanceof Choices choices ? String.join(", ", choices.labels(getLocale())) : argument;
    }
}
