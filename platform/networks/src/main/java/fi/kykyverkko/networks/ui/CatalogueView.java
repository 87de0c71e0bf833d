package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.EntityForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.kernel.domain.Codes;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.kernel.domain.TextListConverter;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.catalogue.CatalogueQuery;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.catalogue.Channel;
import fi.kykyverkko.networks.catalogue.ServiceCategory;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * The service catalogue (Palvelukennosto): find a service by need, category and municipality; maintain
 * your own organisation's entries (staff: all entries); see which entries wait for a review.
 */
@Route(value = "networks/services", layout = MainLayout.class)
public class CatalogueView extends NetworksView {

    private final Catalogue catalogue;
    private final Organisations organisations;
    private final People people;
    private final Grid<CatalogueService> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ServiceCategory> category = new Select<>();
    private final ComboBox<String> municipality = new ComboBox<>();
    private final Span count = new Span();

    @Inject
    public CatalogueView(PortalSession session, Catalogue catalogue, Organisations organisations, People people) {
        super(session, "networks.catalogue.title");
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.people = people;
        add(new Paragraph(getTranslation("networks.catalogue.intro")));

        search.setId("catalogue-search");
        search.setLabel(getTranslation("networks.catalogue.search"));
        search.setPlaceholder(getTranslation("networks.catalogue.search-hint"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        category.setId("catalogue-category");
        category.setLabel(getTranslation("networks.catalogue.category"));
        category.setItems(ServiceCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("networks.catalogue.any"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("networks.catalogue.any") : getTranslation(c.labelKey()));
        municipality.setId("catalogue-municipality");
        municipality.setLabel(getTranslation("networks.catalogue.municipality"));
        municipality.setClearButtonVisible(true);
        municipality.setItems(session.activeTenantDetails().map(t -> t.municipalities()).orElse(List.of()));
        search.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        municipality.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("networks.catalogue.new"), e -> edit(newService()));
        create.setId("new-service");
        create.setVisible(NetworkAccess.canEditAll(user(), tenant()) || people.organisationOf(tenant(), user().username()).isPresent()
                && NetworkAccess.isNetworkMember(user(), tenant()));
        String publicPage = "/public/" + tenant().value() + "/palvelut";
        Anchor open = new Anchor(publicPage, getTranslation("networks.catalogue.public-page"));
        open.setId("public-page-link");
        Anchor hsds = new Anchor(publicPage + ".json", getTranslation("networks.catalogue.export-hsds"));
        Anchor csv = new Anchor(publicPage + ".csv", getTranslation("networks.catalogue.export-csv"));
        HorizontalLayout filters = new HorizontalLayout(search, category, municipality, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, new HorizontalLayout(open, hsds, csv), count);

        grid.setId("catalogue-grid");

        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> s.names().in(getLocale())).setHeader(getTranslation("networks.catalogue.name")).setFlexGrow(3).setSortable(true);
        grid.addColumn(s -> s.getOrganisation().names().in(getLocale())).setHeader(getTranslation("networks.catalogue.provider")).setFlexGrow(2).setSortable(true);
        grid.addColumn(s -> getTranslation(s.getCategory().labelKey())).setHeader(getTranslation("networks.catalogue.category")).setFlexGrow(2);
        grid.addColumn(s -> s.getMunicipalities().isEmpty() ? getTranslation("networks.catalogue.whole-region") : String.join(", ", s.getMunicipalities()))
                .setHeader(getTranslation("networks.catalogue.municipalities")).setFlexGrow(2);
        grid.addComponentColumn(s -> {
            Span reviewed = new Span(PortalTime.date(s.getLastReviewed(), getLocale()));
            if (s.needsReview(PortalTime.today())) {
                reviewed.setText(reviewed.getText() + " – " + getTranslation("networks.catalogue.needs-review"));
                reviewed.getElement().getThemeList().add("badge error");
            }
            return reviewed;
        }).setHeader(getTranslation("networks.catalogue.last-reviewed")).setFlexGrow(1);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
        add(grid);
        refresh();
    }

    private void refresh() {
        List<CatalogueService> found = catalogue.search(tenant(), new CatalogueQuery(search.getValue(), category.getValue(), municipality.getValue(), null));
        grid.setItems(found);
        count.setText(getTranslation("networks.catalogue.count", found.size()));
        count.getElement().setAttribute("role", "status");
        count.setId("catalogue-count");
    }

    private CatalogueService newService() {
        CatalogueService service = new CatalogueService();
        if (!NetworkAccess.canEditAll(user(), tenant())) {
            people.organisationOf(tenant(), user().username()).ifPresent(service::setOrganisation);
        }
        return service;
    }

    private void edit(CatalogueService service) {
        boolean editable = catalogue.canEdit(user(), tenant(), service);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(service.getId() == null ? getTranslation("networks.catalogue.new") : service.names().in(getLocale()));
        dialog.setWidth("min(60rem, 95vw)");
        EntityForm<Object> fields = new EntityForm<>();

        ComboBox<Organisation> provider = fields.add("organisation", new ComboBox<>(getTranslation("networks.catalogue.provider")));
        provider.setItems(NetworkAccess.canEditAll(user(), tenant()) ? organisations.list(tenant())
                : service.getOrganisation() == null ? List.of() : List.of(service.getOrganisation()));
        provider.setItemLabelGenerator(o -> o.names().in(getLocale()));
        provider.setValue(service.getOrganisation() == null ? null : provider.getListDataView().getItems()
                .filter(o -> Objects.equals(o.getId(), service.getOrganisation().getId())).findFirst().orElse(null));
        provider.setRequiredIndicatorVisible(true);
        TextField nameFi = fields.add("nameFi", text("networks.field.name-fi", service.getNameFi(), "service-name-fi"));
        nameFi.setRequiredIndicatorVisible(true);
        TextField nameSv = fields.add("nameSv", text("networks.field.name-sv", service.getNameSv(), null));
        TextField nameEn = fields.add("nameEn", text("networks.field.name-en", service.getNameEn(), null));
        TextArea descriptionFi = fields.add("descriptionFi", area("networks.field.description-fi", service.getDescriptionFi(), "service-description-fi"));
        descriptionFi.setRequiredIndicatorVisible(true);
        TextArea descriptionSv = fields.add("descriptionSv", area("networks.field.description-sv", service.getDescriptionSv(), null));
        TextArea descriptionEn = fields.add("descriptionEn", area("networks.field.description-en", service.getDescriptionEn(), null));
        Select<ServiceCategory> serviceCategory = fields.add("category", new Select<>());
        serviceCategory.setLabel(getTranslation("networks.catalogue.category"));
        serviceCategory.setItems(ServiceCategory.values());
        serviceCategory.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        serviceCategory.setValue(service.getCategory());
        serviceCategory.setRequiredIndicatorVisible(true);
        TextArea targetGroup = fields.add("targetGroup", area("networks.catalogue.target-group", service.getTargetGroup(), null));
        TextArea eligibility = fields.add("eligibility", area("networks.catalogue.eligibility", service.getEligibility(), null));
        TextArea howToAccess = fields.add("howToAccess", area("networks.catalogue.how-to-access", service.getHowToAccess(), null));
        CheckboxGroup<Channel> channels = fields.add("channels", new CheckboxGroup<>(getTranslation("networks.catalogue.channels")));
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        channels.setValue(service.getChannels());
        TextField municipalities = fields.add("municipalities", text("networks.catalogue.municipalities", String.join("; ", service.getMunicipalities()), null));
        municipalities.setHelperText(getTranslation("networks.catalogue.municipalities-help"));
        TextArea locations = fields.add("locations", area("networks.catalogue.locations", service.getLocations(), null));
        TextField contactName = fields.add("contactName", text("networks.field.contact-name", service.getContactName(), null));
        TextField contactEmail = fields.add("contactEmail", text("networks.field.email", service.getContactEmail(), null));
        TextField contactPhone = fields.add("contactPhone", text("networks.field.phone", service.getContactPhone(), null));
        TextField url = fields.add("url", text("networks.field.url", service.getUrl(), null));
        TextField keywords = fields.add("keywords", text("networks.catalogue.keywords", service.getKeywords(), null));
        keywords.setHelperText(getTranslation("networks.catalogue.keywords-help"));
        TextField code = fields.add("code", text("networks.field.code", service.getCode(), null));
        code.setHelperText(getTranslation("networks.field.code-help"));

        FormLayout form = new FormLayout(provider, serviceCategory, nameFi, nameSv, nameEn, descriptionFi, descriptionSv, descriptionEn,
                targetGroup, eligibility, howToAccess, channels, municipalities, locations, contactName, contactEmail, contactPhone, url,
                keywords, code);
        form.setColspan(descriptionFi, 2);
        form.getChildren().forEach(c -> c.getElement().setProperty("readonly", !editable));
        if (service.getLastReviewed() != null) {
            dialog.add(new Paragraph(getTranslation("networks.catalogue.last-reviewed") + " " + PortalTime.date(service.getLastReviewed(), getLocale())));
        }
        dialog.add(form);

        Button close = new Button(getTranslation("kit.form.close"), e -> dialog.close());
        close.setId("service-close");
        dialog.getFooter().add(close);
        if (editable) {
            saveButton(dialog, "service-save", fields, () -> {
                service.setOrganisation(provider.getValue());
                service.setNameFi(nameFi.getValue());
                service.setNameSv(nameSv.getValue());
                service.setNameEn(nameEn.getValue());
                service.setDescriptionFi(descriptionFi.getValue());
                service.setDescriptionSv(descriptionSv.getValue());
                service.setDescriptionEn(descriptionEn.getValue());
                service.setCategory(serviceCategory.getValue());
                service.setTargetGroup(targetGroup.getValue());
                service.setEligibility(eligibility.getValue());
                service.setHowToAccess(howToAccess.getValue());
                service.setChannels(channels.getValue());
                service.setMunicipalities(TextListConverter.split(municipalities.getValue()));
                service.setLocations(locations.getValue());
                service.setContactName(contactName.getValue());
                service.setContactEmail(contactEmail.getValue());
                service.setContactPhone(contactPhone.getValue());
                service.setUrl(url.getValue());
                service.setKeywords(keywords.getValue());
                service.setCode(code.getValue().isBlank() && nameFi.getValue() != null ? Codes.fromName(nameFi.getValue()) : code.getValue());
                return catalogue.save(tenant(), user(), service);
            }, "networks.catalogue.saved", this::refresh);
            if (service.getId() != null) {
                Button reviewed = new Button(getTranslation("networks.catalogue.mark-reviewed"), e -> {
                    if (save(fields, () -> catalogue.markReviewed(tenant(), user(), service.getId()), "networks.catalogue.reviewed") != null) {
                        dialog.close();
                        refresh();
                    }
                });
                reviewed.setId("service-reviewed");
                dialog.getFooter().add(reviewed);
            }
        }
        dialog.open();
    }
}
