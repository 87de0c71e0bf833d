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
 * overrides, newest first, a page at a time; and a client's own access log as CSV ("who saw my data and when").
 * Emergency overrides stand out in the list.
 */
@Route(value = "clients/audit", layout = MainLayout.class)
public class AuditView extends PortalView {

    static final String ROUTE = "clients/audit";

    private final AccessLogs logs;
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
    public AuditView(PortalSession session, AccessLogs logs) {
        super(session, "clients.audit.title");
        this.logs = logs;
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
        Button export = new Button(getTranslation("clients.audit.export"), e -> export());
        export.setId("audit-export");
        add(export, status);
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

    /** The client's whole access log as a CSV download, made when asked (and recorded as an export). */
    private void export() {
        if (client.getValue().isBlank()) {
            client.setErrorMessage(getTranslation("clients.audit.client-needed"));
            client.setInvalid(true);
            return;
        }
        client.setInvalid(false);
        long id = Long.parseLong(client.getValue().strip());
        byte[] csv = logs.csv(tenant(), fi.kykyverkko.clients.clients.Access.export(user(), ROUTE + "/access-log.csv"), id, getLocale());
        StreamResource file = new StreamResource("tietojen-kaytto-" + id + ".csv", () -> new ByteArrayInputStream(csv));
        file.setContentType("text/csv;charset=UTF-8");
        Anchor download = new Anchor(file, getTranslation("clients.audit.download", id));
        download.setId("audit-download");
        download.getElement().setAttribute("download", true);
        status.removeAll();
        status.add(download);
        FormSave.notify(getTranslation("clients.audit.exported"), false);
    }
}
