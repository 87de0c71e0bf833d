package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import fi.kykyverkko.kernel.domain.imports.ImportFormat;
import fi.kykyverkko.kernel.domain.imports.ImportReport;
import fi.kykyverkko.kernel.exchange.csv.CsvReader;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.imports.NetworkImport;
import fi.kykyverkko.shell.kit.FormSave;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** The upload of an import file and its report: a summary, then every problem with its line, column and effect. */
final class ImportUpload extends Div {

    ImportUpload(NetworkImport importer, TenantId tenant, PortalUser user, Supplier<ImportFormat<?>> format) {
        Paragraph summary = new Paragraph();
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        Grid<ImportReport.Line> report = new Grid<>();
        report.setId("import-report");
        report.addColumn(l -> l.line() == 0 ? getTranslation("networks.import.whole-file") : String.valueOf(l.line()))
                .setHeader(getTranslation("networks.import.line")).setFlexGrow(0).setWidth("8rem");
        report.addColumn(ImportReport.Line::column).setHeader(getTranslation("networks.import.column")).setFlexGrow(1);
        report.addColumn(l -> getTranslation(l.key(), l.args().toArray())).setHeader(getTranslation("networks.import.problem")).setFlexGrow(4);
        report.addColumn(l -> getTranslation(l.error() ? "networks.import.skipped" : "networks.import.warning"))
                .setHeader(getTranslation("networks.import.effect")).setFlexGrow(1);
        report.setAllRowsVisible(true);
        report.setVisible(false);

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = fi.kykyverkko.shell.kit.Uploads.upload(buffer, getLocale());
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize((int) CsvReader.DEFAULT_MAX_BYTES);
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                ImportReport result = importer.run(tenant, user, format.get(), in.readAllBytes());
                summary.setText(getTranslation(result.rejectedWholeFile() ? "networks.import.rejected" : "networks.import.done",
                        result.created(), result.updated(), result.skipped(), result.encoding() == null ? "?" : result.encoding(),
                        String.valueOf(result.separator())));
                report.setItems(result.problems());
                report.setVisible(!result.problems().isEmpty());
            } catch (IOException | RuntimeException failure) {
                FormSave.notify(getTranslation("kit.form.failed"), true);
            }
        });
        upload.addFileRejectedListener(e -> FormSave.notify(getTranslation("networks.import.too-large"), true));
        add(upload, summary, report);
    }
}
