package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.kernel.domain.imports.ImportFormat;
import fi.kykyverkko.networks.imports.ImportFormats;
import fi.kykyverkko.networks.imports.NetworkImport;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;

/**
 * Import organisations, people or services from a CSV file (Excel's "CSV" or "CSV UTF-8"), with a report of
 * every row: good rows are saved, bad rows listed with every reason; importing again updates by code. The
 * template has an example row and the allowed values as comment rows the import skips.
 */
@Route(value = "networks/import", layout = MainLayout.class)
public class ImportView extends PortalView {

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
        template.setId("import-template");
        Runnable updateTemplate = () -> template.setHref(new StreamResource(format.getValue().id() + "-pohja.csv",
                () -> new ByteArrayInputStream(ImportFormats.template(format.getValue(), getLocale()))));
        updateTemplate.run();
        template.setText(getTranslation("networks.import.template"));
        format.addValueChangeListener(e -> updateTemplate.run());

        add(format, template, new Paragraph(getTranslation("networks.import.template-help")),
                new ImportUpload(importer, tenant(), user(), format::getValue));
    }
}
