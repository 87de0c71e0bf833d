package fi.kykyverkko.shell.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.tenancy.InvalidTenantDefinitionException;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantExistsException;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.TenantThemes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Platform administration: every region, creating a new one live, and switching region modules on and off. */
@Route(value = "admin/tenants", layout = MainLayout.class)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantAdministration administration;
    private final TenantRegistry registry;
    private final ModuleRegistry modules;
    private final PortalSession session;
    private final Grid<Tenant> grid = new Grid<>();

    private final TextField id = new TextField();
    private final TextField nameFi = new TextField();
    private final TextField nameSv = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField organisation = new TextField();
    private final TextArea municipalities = new TextArea();
    private final Select<String> theme = new Select<>();
    private final CheckboxGroup<PortalModule> newModules = new CheckboxGroup<>();
    private final CheckboxGroup<PortalModule> selectedModules = new CheckboxGroup<>();

    @Inject
    public TenantsView(TenantAdministration administration, TenantRegistry registry, ModuleRegistry modules,
                       PortalSession session, TenantThemes themes) {
        this.administration = administration;
        this.registry = registry;
        this.modules = modules;
        this.session = session;
        add(new H2(getTranslation("admin.tenants.title")));

        grid.setId("tenant-grid");
        grid.addColumn(t -> t.tenantId().value()).setHeader(getTranslation("admin.tenant.id")).setAutoWidth(true);
        grid.addColumn(t -> t.names().in(getLocale())).setHeader(getTranslation("admin.tenant.name")).setFlexGrow(1);
        grid.addColumn(t -> String.join(", ", t.municipalities())).setHeader(getTranslation("admin.tenant.municipalities"));
        grid.addColumn(t -> t.modules().stream().sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("admin.tenant.modules"));
        grid.addColumn(Tenant::theme).setHeader(getTranslation("admin.tenant.theme"));
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
        FormLayout form = new FormLayout();
        label(id, "admin.tenant.id", "new-tenant-id");
        id.setHelperText(getTranslation("admin.tenant.id.help"));
        label(nameFi, "admin.tenant.name.fi", "new-tenant-name-fi");
        label(nameSv, "admin.tenant.name.sv", "new-tenant-name-sv");
        label(nameEn, "admin.tenant.name.en", "new-tenant-name-en");
        label(organisation, "admin.tenant.organisation", "new-tenant-organisation");
        municipalities.setLabel(getTranslation("admin.tenant.municipalities"));
        municipalities.setHelperText(getTranslation("admin.tenant.municipalities.help"));
        municipalities.setId("new-tenant-municipalities");
        municipalities.setRequiredIndicatorVisible(true);
        theme.setLabel(getTranslation("admin.tenant.theme"));
        theme.setId("new-tenant-theme");
        theme.setItems(themes.names());
        theme.setValue("base");
        newModules.setLabel(getTranslation("admin.tenant.modules"));
        newModules.setId("new-tenant-modules");
        newModules.setItems(optional);
        newModules.setItemLabelGenerator(m -> m.name().in(getLocale()));
        form.add(id, nameFi, nameSv, nameEn, organisation, municipalities, theme, newModules);
        Button create = new Button(getTranslation("admin.tenants.create"), e -> create());
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, create);
        refresh();
    }

    private void label(TextField field, String key, String domId) {
        field.setLabel(getTranslation(key));
        field.setId(domId);
        field.setRequiredIndicatorVisible(true);
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

    private void create() {
        boolean ok = required(nameFi) & required(nameSv) & required(nameEn) & required(organisation);
        String idValue = id.getValue().trim();
        if (idValue.isEmpty()) {
            invalid(id, getTranslation("form.required"));
            ok = false;
        } else if (TenantId.problemWith(idValue) != null) {
            invalid(id, getTranslation("admin.tenant.id.invalid"));
            ok = false;
        } else {
            id.setInvalid(false);
        }
        List<String> places = Arrays.stream(municipalities.getValue().split("[,\\n]")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        if (places.isEmpty()) {
            municipalities.setErrorMessage(getTranslation("admin.tenant.municipalities.required"));
            municipalities.setInvalid(true);
            ok = false;
        } else if (new LinkedHashSet<>(places).size() != places.size()) {
            municipalities.setErrorMessage(getTranslation("admin.tenant.municipalities.duplicate"));
            municipalities.setInvalid(true);
            ok = false;
        } else {
            municipalities.setInvalid(false);
        }
        if (!ok) {
            return;
        }
        Set<String> moduleIds = newModules.getValue().stream().map(PortalModule::id).collect(Collectors.toSet());
        try {
            administration.create(idValue, nameFi.getValue().trim(), nameSv.getValue().trim(), nameEn.getValue().trim(),
                    organisation.getValue().trim(), places, theme.getValue(), moduleIds, session.user().username());
        } catch (TenantExistsException e) {
            invalid(id, getTranslation("admin.tenant.id.taken"));
            return;
        } catch (InvalidTenantDefinitionException e) {
            // the form's own checks came first; what is left is shown as the validator words it
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        refresh();
        success(getTranslation("admin.tenants.created", nameFi.getValue().trim()));
        for (TextField f : List.of(id, nameFi, nameSv, nameEn, organisation)) {
            f.clear();
        }
        municipalities.clear();
        newModules.clear();
    }

    private boolean required(TextField field) {
        if (field.getValue().isBlank()) {
            invalid(field, getTranslation("form.required"));
            return false;
        }
        field.setInvalid(false);
        return true;
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
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
