package fi.kykyverkko.shell.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.TenantThemes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Platform administration: every region, creating a new one live, and switching region modules on and off. */
@Route(value = "admin/tenants", layout = MainLayout.class, absolute = true) // the platform's, in no region
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantAdministration administration;
    private final TenantRegistry registry;
    private final ModuleRegistry modules;
    private final PortalSession session;
    private final Grid<Tenant> grid = new Grid<>();

    private final CheckboxGroup<PortalModule> selectedModules = new CheckboxGroup<>();

    @Inject
    public TenantsView(TenantAdministration administration, TenantRegistry registry, ModuleRegistry modules,
                       PortalSession session, TenantThemes themes) {
        this.administration = administration;
        this.registry = registry;
        this.modules = modules;
        this.session = session;
        add(new H2(getTranslation("admin.tenants.title")));

        RegionLabels labels = new RegionLabels(modules, registry, this);
        grid.setId("tenant-grid");
        grid.addColumn(t -> t.tenantId().value()).setHeader(getTranslation("admin.tenant.id")).setAutoWidth(true);
        grid.addColumn(t -> t.names().in(getLocale())).setHeader(getTranslation("admin.tenant.name")).setFlexGrow(1);
        grid.addColumn(t -> String.join(", ", t.municipalities())).setHeader(getTranslation("admin.tenant.municipalities"));
        grid.addColumn(t -> labels.modules(t.modules(), getLocale())).setHeader(getTranslation("admin.tenant.modules"));
        grid.addColumn(t -> labels.theme(t.theme(), getLocale())).setHeader(getTranslation("admin.tenant.theme"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showModules(e.getValue()));
        add(grid);

        List<PortalModule> optional = modules.all().stream().filter(m -> !m.core()).toList();
        selectedModules.setId("tenant-modules");
        selectedModules.setLabel(getTranslation("admin.tenant.modules"));
        selectedModules.setItems(optional);
        selectedModules.setItemLabelGenerator(m -> m.name().in(getLocale()));
        Button saveModules = new Button(getTranslation("admin.modules.save"), e -> saveModules());
        saveModules.setId("save-modules");
        add(selectedModules, saveModules);
        selectedModules.setVisible(false);
        saveModules.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(e -> saveModules.setVisible(e.getValue() != null));

        add(new H3(getTranslation("admin.tenants.create")));
        add(new NewTenantForm(administration, optional, themes, labels, session, this::refresh));
        refresh();
    }

    private void refresh() {
        grid.setItems(registry.all());
    }

    private void showModules(Tenant tenant) {
        selectedModules.setVisible(tenant != null);
        if (tenant != null) {
            selectedModules.setValue(modules.all().stream().filter(m -> !m.core() && tenant.modules().contains(m.id()))
                    .collect(Collectors.toSet()));
        }
    }

    private void saveModules() {
        Tenant tenant = grid.asSingleSelect().getValue();
        if (tenant == null) {
            return;
        }
        Set<String> ids = selectedModules.getValue().stream().map(PortalModule::id).collect(Collectors.toSet());
        administration.setModules(tenant.tenantId(), ids);
        refresh();
        success(getTranslation("admin.modules.saved", tenant.names().in(getLocale())));
    }

    private static void success(String message) {
        Notification note = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.tenants.title") + " – " + getTranslation("app.name");
    }
}
