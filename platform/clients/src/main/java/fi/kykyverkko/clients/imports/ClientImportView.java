package fi.kykyverkko.clients.imports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;

/**
 * Import of the region's existing clients and episodes from Excel (XLSX, or CSV / CSV UTF-8), reached from the client
 * search by the team. The template lists the region's phase columns; the report lists every line not imported.
 */
@Route(value = "clients/import", layout = MainLayout.class)
public class ClientImportView extends PortalView {

    @Inject
    public ClientImportView(PortalSession session, ClientImport importer) {
        super(session, "clients.import.title");
        add(new Paragraph(getTranslation("clients.import.intro")));
        Anchor template = new Anchor();
        template.getElement().setAttribute("download", true);
        template.setId("client-import-template");
        template.setHref(new StreamResource(getTranslation("clients.import.template-file"),
                () -> new ByteArrayInputStream(importer.template(tenant(), getLocale()))));
        template.setText(getTranslation("clients.import.template"));
        add(template, new Paragraph(getTranslation("clients.import.template-help")),
                new Paragraph(getTranslation("clients.import.policy")), new ClientImportUpload(importer, tenant(), user()));
    }
}
