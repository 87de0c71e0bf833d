package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.TextListConverter;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.catalogue.Channel;
import fi.kykyverkko.networks.catalogue.ServiceCategory;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.shell.kit.CodeField;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import java.util.List;
import java.util.Objects;

/** One catalogue entry in a dialog, bound with Binder; "mark as reviewed" for a stored entry its maintainers edit. */
final class ServiceDialog extends Dialog {

    private final EntityForm<CatalogueService> form = new EntityForm<>();

    ServiceDialog(Catalogue catalogue, Organisations organisations, TenantId tenant, PortalUser user, CatalogueService service, Runnable afterSave) {
        boolean editable = catalogue.canEdit(user, tenant, service);
        setHeaderTitle(service.getId() == null ? getTranslation("networks.catalogue.new") : service.names().in(getLocale()));
        setWidth("min(60rem, 95vw)");
        ComboBox<Organisation> provider = new ComboBox<>(getTranslation("networks.catalogue.provider"));
        List<Organisation> providers = NetworkAccess.canEditAll(user, tenant) ? organisations.list(tenant)
                : service.getOrganisation() == null ? List.of() : List.of(service.getOrganisation());
        provider.setItems(providers);
        provider.setItemLabelGenerator(o -> o.names().in(getLocale()));
        provider.setRequiredIndicatorVisible(true);
        // the list holds other instances of the same rows: match by id
        form.bind("organisation", provider, s -> s.getOrganisation() == null ? null : providers.stream()
                .filter(o -> Objects.equals(o.getId(), s.getOrganisation().getId())).findFirst().orElse(null), CatalogueService::setOrganisation);
        TextField nameFi = text("nameFi", "networks.field.name-fi", "service-name-fi", CatalogueService::getNameFi, CatalogueService::setNameFi);
        nameFi.setRequiredIndicatorVisible(true);
        TextField nameSv = text("nameSv", "networks.field.name-sv", null, CatalogueService::getNameSv, CatalogueService::setNameSv);
        TextField nameEn = text("nameEn", "networks.field.name-en", null, CatalogueService::getNameEn, CatalogueService::setNameEn);
        TextArea descriptionFi = area("descriptionFi", "networks.field.description-fi", "service-description-fi", CatalogueService::getDescriptionFi, CatalogueService::setDescriptionFi);
        descriptionFi.setRequiredIndicatorVisible(true);
        TextArea descriptionSv = area("descriptionSv", "networks.field.description-sv", null, CatalogueService::getDescriptionSv, CatalogueService::setDescriptionSv);
        TextArea descriptionEn = area("descriptionEn", "networks.field.description-en", null, CatalogueService::getDescriptionEn, CatalogueService::setDescriptionEn);
        // a combo box, not a Select: a required Select puts aria-required on its value button (axe: aria-allowed-attr)
        ComboBox<ServiceCategory> category = new ComboBox<>(getTranslation("networks.catalogue.category"));
        category.setId("service-category");
        category.setItems(ServiceCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        category.setRequiredIndicatorVisible(true);
        form.bind("category", category, CatalogueService::getCategory, CatalogueService::setCategory);
        TextArea targetGroup = area("targetGroup", "networks.catalogue.target-group", null, CatalogueService::getTargetGroup, CatalogueService::setTargetGroup);
        TextArea eligibility = area("eligibility", "networks.catalogue.eligibility", null, CatalogueService::getEligibility, CatalogueService::setEligibility);
        TextArea howToAccess = area("howToAccess", "networks.catalogue.how-to-access", null, CatalogueService::getHowToAccess, CatalogueService::setHowToAccess);
        CheckboxGroup<Channel> channels = new CheckboxGroup<>(getTranslation("networks.catalogue.channels"));
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        form.bind("channels", channels, CatalogueService::getChannels, CatalogueService::setChannels);
        TextField municipalities = text("municipalities", "networks.catalogue.municipalities", null,
                s -> String.join("; ", s.getMunicipalities()), (s, v) -> s.setMunicipalities(TextListConverter.split(v)));
        municipalities.setHelperText(getTranslation("networks.catalogue.municipalities-help"));
        TextArea locations = area("locations", "networks.catalogue.locations", null, CatalogueService::getLocations, CatalogueService::setLocations);
        TextField contactName = text("contactName", "networks.field.contact-name", null, CatalogueService::getContactName, CatalogueService::setContactName);
        TextField contactEmail = text("contactEmail", "networks.field.email", null, CatalogueService::getContactEmail, CatalogueService::setContactEmail);
        TextField contactPhone = text("contactPhone", "networks.field.phone", null, CatalogueService::getContactPhone, CatalogueService::setContactPhone);
        TextField url = text("url", "networks.field.url", null, CatalogueService::getUrl, CatalogueService::setUrl);
        TextField keywords = text("keywords", "networks.catalogue.keywords", null, CatalogueService::getKeywords, CatalogueService::setKeywords);
        keywords.setHelperText(getTranslation("networks.catalogue.keywords-help"));
        TextField code = CodeField.bind(this, form, "networks.field.code", "networks.field.code-help", null, CatalogueService::getNameFi);
        form.read(service);

        FormLayout layout = new FormLayout(provider, category, nameFi, nameSv, nameEn, descriptionFi, descriptionSv, descriptionEn,
                targetGroup, eligibility, howToAccess, channels, municipalities, locations, contactName, contactEmail, contactPhone, url,
                keywords, code);
        layout.setColspan(descriptionFi, 2);
        layout.getChildren().forEach(c -> c.getElement().setProperty("readonly", !editable));
        if (service.getLastReviewed() != null) {
            add(new Paragraph(getTranslation("networks.catalogue.last-reviewed") + " " + PortalTime.date(service.getLastReviewed(), getLocale())));
        }
        add(layout);
        FormSave.closeButton(this, "service-close");
        if (editable) {
            FormSave.saveButton(this, "service-save", form, () -> CodeField.save(code, () -> catalogue.save(tenant, user, form.write(service))), "networks.catalogue.saved", afterSave);
            if (service.getId() != null) {
                Button reviewed = new Button(getTranslation("networks.catalogue.mark-reviewed"), e -> {
                    if (FormSave.save(this, form, () -> catalogue.markReviewed(tenant, user, service.getId()), "networks.catalogue.reviewed") != null) {
                        close();
                        afterSave.run();
                    }
                });
                reviewed.setId("service-reviewed");
                getFooter().add(reviewed);
            }
        }
    }

    private TextField text(String property, String labelKey, String id, com.vaadin.flow.function.ValueProvider<CatalogueService, String> get,
                           com.vaadin.flow.data.binder.Setter<CatalogueService, String> set) {
        return form.bind(property, Fields.text(this, labelKey, id), get, set);
    }

    private TextArea area(String property, String labelKey, String id, com.vaadin.flow.function.ValueProvider<CatalogueService, String> get,
                          com.vaadin.flow.data.binder.Setter<CatalogueService, String> set) {
        return form.bind(property, Fields.area(this, labelKey, id), get, set);
    }
}
