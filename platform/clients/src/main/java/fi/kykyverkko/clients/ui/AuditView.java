package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.clients.access.AccessLogs;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditEntry;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Audit search for the data protection officer: by client number, person, category, action, days and emergency
 * overrides, newest first, a page at a time; a client's own access log as CSV or PDF ("who saw my data and when") and
 * all the data held on them as JSON or PDF.
 * Emergency overrides stand out in the list.
 */
@Route(value = "clients/audit", layout = MainLayout.class)
public class AuditView extends PortalView {

    static final String ROUTE = "clients/audit";

    private final AccessLogs logs;
    private final fi.kykyverkko.clients.access.SubjectAccess subjects;
    private final StackedTable<AuditEntry> table = new StackedTable<>("audit-list");
    private final TextField client = new TextField();
    private final TextField actor = new TextField();
    private final ComboBox<DataCategory> category = new ComboBox<>();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker until;
    private final Checkbox overrides = new Checkbox();
    private final Paragraph status = new Paragraph();
    private final ResourceBundle names;

    @Inject
    public AuditView(PortalSession session, AccessLogs logs, fi.kykyverkko.clients.access.SubjectAccess subjects) {
        super(session, "clients.audit.title");
        this.logs = logs;
        this.subjects = subjects;
        this.names = AccessLogs.auditTexts(getLocale());
        client.setLabel(getTranslation("clients.audit.client"));
        client.setId("audit-client");
        client.setAllowedCharPattern("[0-9]");
        actor.setLabel(getTranslation("clients.audit.actor"));
        actor.setId("audit-actor");
        category.setLabel(getTranslation("clients.access-log.what"));
        category.setItems(DataCategory.values());
        category.setItemLabelGenerator(c -> AccessLogs.text(names, c.labelKey()));
        action.setLabel(getTranslation("clients.access-log.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> AccessLogs.text(names, a.labelKey()));
        from = Pickers.date(getTranslation("clients.audit.from"), getLocale());
        until = Pickers.date(getTranslation("clients.audit.until"), getLocale());
        overrides.setLabel(getTranslation("clients.audit.overrides-only"));
        overrides.setId("audit-overrides");
        Button search = new Button(getTranslation("clients.audit.search"), e -> refresh());
        search.setId("audit-search");
        add(new FormLayout(client, actor, category, action, from, until, overrides), search);
        add(new com.vaadin.flow.component.orderedlayout.FlexLayout(
                exportButton("audit-export", "clients.audit.export", Export.ACCESS_LOG_CSV),
                exportButton("audit-export-log-pdf", "clients.audit.export-log-pdf", Export.ACCESS_LOG_PDF),
                exportButton("audit-export-json", "clients.audit.export-json", Export.ALL_DATA_JSON),
                exportButton("audit-export-pdf", "clients.audit.export-pdf", Export.ALL_DATA_PDF)), status);
        table.text(getTranslation("clients.access-log.when"), e -> e.when(getLocale()))
                .text(getTranslation("clients.audit.client"), e -> e.event().subject() == null ? "–" : e.event().subject())
                .breakingText(getTranslation("clients.access-log.who"), e -> e.event().actor() + " (" + e.event().rolesText() + ")"
                        + (e.event().organisation() == null ? "" : ", " + e.event().organisation()))
                .text(getTranslation("clients.access-log.what"), e -> AccessLogs.text(names, e.event().category().labelKey()) + ": "
                        + AccessLogs.text(names, e.event().action().labelKey()))
                .breakingText(getTranslation("clients.access-log.through"), e -> AccessLogs.text(names, e.event().channel().labelKey())
                        + (e.event().location() == null ? "" : " " + e.event().location()))
                .component(getTranslation("clients.access-log.why"), this::why)
                .whenEmpty(getTranslation("clients.audit.none"));
        add(table);
        refresh();
    }

    private com.vaadin.flow.component.Component why(AuditEntry entry) {
        if (!entry.event().emergencyOverride()) {
            return new com.vaadin.flow.component.html.Span(entry.event().purpose() == null ? "" : entry.event().purpose());
        }
        com.vaadin.flow.component.html.Span override = new com.vaadin.flow.component.html.Span(
                getTranslation("clients.access-log.emergency") + ": " + entry.event().overrideReason());
        override.getElement().getThemeList().add("badge error");
        return override;
    }

    private AuditFilter filter() {
        AuditFilter filter = AuditFilter.all().limit(AuditFilter.MAX_PAGE);
        if (!client.getValue().isBlank()) {
            filter = filter.subject(client.getValue().strip());
        }
        if (!actor.getValue().isBlank()) {
            filter = filter.actor(actor.getValue().strip());
        }
        filter = filter.category(category.getValue()).action(action.getValue())
                .between(from.getValue() == null ? null : PortalTime.startOf(from.getValue()),
                        until.getValue() == null ? null : PortalTime.startOf(until.getValue().plusDays(1)));
        return overrides.getValue() ? filter.onlyOverrides() : filter;
    }

    private void refresh() {
        List<AuditEntry> entries = logs.search(tenant(), ClientAccess.of(user(), tenant(), ROUTE), filter());
        table.setItems(entries);
        status.setText(entries.size() >= AuditFilter.MAX_PAGE ? getTranslation("clients.audit.more", AuditFilter.MAX_PAGE) : "");
    }

    /** What the data protection officer can hand a client: their access log, or all the data held on them. */
    private enum Export {
        ACCESS_LOG_CSV("access-log.csv", "text/csv;charset=UTF-8", "clients.audit.download-access-log-csv"),
        ACCESS_LOG_PDF("access-log.pdf", "application/pdf", "clients.audit.download-access-log-pdf"),
        ALL_DATA_JSON("all-data.json", "application/json", "clients.audit.download-all-data-json"),
        ALL_DATA_PDF("all-data.pdf", "application/pdf", "clients.audit.download-all-data-pdf");

        final String file;
        final String type;
        final String downloadKey;

        Export(String file, String type, String downloadKey) {
            this.file = file;
            this.type = type;
            this.downloadKey = downloadKey;
        }
    }

    private Button exportButton(String id, String key, Export kind) {
        Button button = new Button(getTranslation(key), e -> export(kind));
        button.setId(id);
        button.getStyle().set("margin", "0 var(--lumo-space-s) var(--lumo-space-s) 0");
        return button;
    }

    /** Makes the export when asked (each is recorded in the audit log) and offers it as a download. */
    private void export(Export kind) {
        if (client.getValue().isBlank()) {
            client.setErrorMessage(getTranslation("clients.audit.client-needed"));
            client.setInvalid(true);
            return;
        }
        client.setInvalid(false);
        long id = Long.parseLong(client.getValue().strip());
        var access = fi.kykyverkko.clients.clients.Access.export(user(), ROUTE + "/" + kind.file);
        java.util.Optional<byte[]> made = switch (kind) {
            case ACCESS_LOG_CSV -> java.util.Optional.of(logs.csv(tenant(), access, id, getLocale()));
            case ACCESS_LOG_PDF -> java.util.Optional.of(subjects.accessLogPdf(tenant(), access, id, getLocale()));
            case ALL_DATA_JSON -> subjects.json(tenant(), access, id);
            case ALL_DATA_PDF -> subjects.pdf(tenant(), access, id, getLocale());
        };
        status.removeAll();
        if (made.isEmpty()) {
            client.setErrorMessage(getTranslation("clients.audit.no-client"));
            client.setInvalid(true);
            return;
        }
        byte[] bytes = made.get();
        StreamResource file = new StreamResource(getTranslation("clients.audit.file", id) + "-" + kind.file,
                () -> new ByteArrayInputStream(bytes));
        file.setContentType(kind.type);
        Anchor download = new Anchor(file, getTranslation(kind.downloadKey, id));
        download.setId("audit-download");
        download.getElement().setAttribute("download", true);
        status.add(download);
        FormSave.notify(getTranslation("clients.audit.exported"), false);
    }
}
