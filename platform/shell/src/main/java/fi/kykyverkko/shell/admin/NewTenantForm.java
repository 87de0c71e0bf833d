package fi.kykyverkko.shell.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.tenancy.InvalidTenantDefinitionException;
import fi.kykyverkko.kernel.tenancy.TenantExistsException;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.TenantThemes;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.security.PortalSession;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The platform admin's form for a new region: every field checked at once, the region created live. */
class NewTenantForm extends VerticalLayout {

    private final TenantAdministration administration;
    private final PortalSession session;
    private final Runnable onCreated;
    private final TextField id = new TextField();
    private final TextField nameFi = new TextField();
    private final TextField nameSv = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField organisation = new TextField();
    private final TextArea municipalities = new TextArea();
    private final Select<String> theme = new Select<>();
    private final CheckboxGroup<PortalModule> newModules = new CheckboxGroup<>();

    NewTenantForm(TenantAdministration administration, List<PortalModule> optional, TenantThemes themes, RegionLabels labels,
                  PortalSession session, Runnable onCreated) {
        this.administration = administration;
        this.session = session;
        this.onCreated = onCreated;
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
        theme.setItemLabelGenerator(name -> labels.theme(name, getLocale()));
        theme.setValue("base");
        newModules.setLabel(getTranslation("admin.tenant.modules"));
        newModules.setId("new-tenant-modules");
        newModules.setItems(optional);
        newModules.setItemLabelGenerator(m -> m.name().in(getLocale()));
        setPadding(false);
        add(new FormLayout(id, nameFi, nameSv, nameEn, organisation, municipalities, theme, newModules));
        Button create = new Button(getTranslation("admin.tenants.create"), e -> create());
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);
    }

    private void label(TextField field, String key, String domId) {
        field.setLabel(getTranslation(key));
        field.setId(domId);
        field.setRequiredIndicatorVisible(true);
    }

    private void create() {
        boolean ok = required(nameFi) & required(nameSv) & required(nameEn) & required(organisation);
        String idValue = id.getValue().trim();
        if (idValue.isEmpty()) {
            invalid(id, getTranslation("validation.required"));
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
            FormSave.notify(e.getMessage(), true);
            return;
        }
        onCreated.run();
        FormSave.notify(getTranslation("admin.tenants.created", nameFi.getValue().trim()), false);
        for (TextField f : List.of(id, nameFi, nameSv, nameEn, organisation)) {
            f.clear();
        }
        municipalities.clear();
        newModules.clear();
    }

    private boolean required(TextField field) {
        if (field.getValue().isBlank()) {
            invalid(field, getTranslation("validation.required"));
            return false;
        }
        field.setInvalid(false);
        return true;
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
