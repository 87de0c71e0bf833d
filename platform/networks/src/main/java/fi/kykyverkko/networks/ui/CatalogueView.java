package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.catalogue.CatalogueQuery;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.catalogue.ServiceCategory;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The service catalogue (Palvelukennosto): find a service by need, category and municipality; open one to read it
 * and, if it is yours to maintain (staff: all entries), edit it; see which entries wait for a review. The results
 * are stacked rows, which fit a phone as well as a desktop.
 */
@Route(value = "networks/services", layout = MainLayout.class)
public class CatalogueView extends PortalView {

    private final Catalogue catalogue;
    private final Organisations organisations;
    private final People people;
    private final StackedRows<CatalogueService> list = new StackedRows<>("catalogue-list", s -> s.names().in(getLocale()), this::details, this::show);
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
        // wide enough for the label and the placeholder, never wider than a phone
        search.setWidth("24rem");
        search.setMaxWidth("100%");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        category.setId("catalogue-category");
        category.setLabel(getTranslation("networks.catalogue.category"));
        category.setItems(ServiceCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setWidth("20rem");
        category.setMaxWidth("100%");
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
        HorizontalLayout links = new HorizontalLayout(open, hsds, csv);
        links.setWrap(true);
        add(filters, links, count, list);
        refresh();
    }

    private void refresh() {
        List<CatalogueService> found = catalogue.search(tenant(), new CatalogueQuery(search.getValue(), category.getValue(), municipality.getValue(), null));
        list.setItems(found);
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

    /** Under each name: provider, category, municipalities and when it was last reviewed. */
    private List<Component> details(CatalogueService s) {
        Span reviewed = new Span(getTranslation("networks.catalogue.last-reviewed") + " " + PortalTime.date(s.getLastReviewed(), getLocale()));
        if (s.needsReview(PortalTime.today())) {
            reviewed.setText(reviewed.getText() + " – " + getTranslation("networks.catalogue.needs-review"));
            reviewed.getElement().getThemeList().add("badge error");
        }
        return List.of(new Span(s.getOrganisation().names().in(getLocale())), new Span(getTranslation(s.getCategory().labelKey())),
                new Span(s.getMunicipalities().isEmpty() ? getTranslation("networks.catalogue.whole-region") : String.join(", ", s.getMunicipalities())),
                reviewed);
    }

    /** A click on a service shows it first; editing is one step further, for those who may edit it. */
    private void show(CatalogueService service) {
        new ServiceReadDialog(service, catalogue.canEdit(user(), tenant(), service), () -> edit(service)).open();
    }

    private void edit(CatalogueService service) {
        new ServiceDialog(catalogue, organisations, tenant(), user(), service, this::refresh).open();
    }
}
