package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.kernel.exchange.csv.CsvReader;
import fi.kykyverkko.kernel.exchange.csv.CsvWriter;
import fi.kykyverkko.kernel.domain.imports.ImportFormat;
import fi.kykyverkko.networks.imports.ImportFormats;
import fi.kykyverkko.kernel.domain.imports.ImportReport;
import fi.kykyverkko.networks.imports.NetworkImport;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Import organisations, people or services from a CSV file (Excel's "CSV" or "CSV UTF-8"), with a report of
 * every row: good rows are saved, bad rows listed with the reason; importing again updates by code.
 */
@Route(value = "networks/import", layout = MainLayout.class)
public class ImportView extends NetworksView {

    @Inject
    public ImportView(PortalSession session, NetworkImport importer) {
        super(session, "networks.import.title");
        add(new Paragraph(getTranslation("networks.import.intro")));
        Select<ImportFormat<?>> format = new Select<>();
        format.setId("import-format");
        format.setLabel(getTranslation("networks.import.what"));
        format.setItems(ImportFormats.all());
        format.setItemLabelGenerator(f -> f == null ? "" : getTranslation("networks.import.format." + f.id()));
        format.setValue(ImportFormats.SERVICES);
        Anchor template = new Anchor();
        template.getElement().setAttribute("download", true);
        Runnable updateTemplate = () -> template.setHref(new StreamResource(format.getValue().id() + "-pohja.csv",
                () -> new ByteArrayInputStream(CsvWriter.excel().toBytes(format.getValue().header(), List.of()))));
        updateTemplate.run();
        template.setText(getTranslation("networks.import.template"));
        format.addValueChangeListener(e -> updateTemplate.run());

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
        Upload upload = new Upload(buffer);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize((int) CsvReader.DEFAULT_MAX_BYTES);
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                ImportReport result = importer.run(tenant(), user(), format.getValue(), in.readAllBytes());
                summary.setText(getTranslation(result.rejectedWholeFile() ? "networks.import.rejected" : "networks.import.done",
                        result.created(), result.updated(), result.skipped(), result.encoding() == null ? "?" : result.encoding(),
                        String.valueOf(result.separator())));
                report.setItems(result.problems());
                report.setVisible(!result.problems().isEmpty());
            } catch (IOException | RuntimeException failure) {
                notify(getTranslation("kit.form.failed"), true);
            }
        });
        upload.addFileRejectedListener(e -> notify(getTranslation("networks.import.too-large"), true));
        add(format, template, upload, summary, report);
    }
}
