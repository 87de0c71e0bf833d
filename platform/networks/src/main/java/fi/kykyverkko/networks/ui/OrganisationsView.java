package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.Locale;

/** The organisations of the region's network, with their business IDs, contacts and the municipalities they serve. */
@Route(value = "networks/organisations", layout = MainLayout.class)
public class OrganisationsView extends PortalView {

    private final Organisations organisations;
    private final Grid<Organisation> grid = new Grid<>();
    private final TextField filter;

    @Inject
    public OrganisationsView(PortalSession session, Organisations organisations) {
        super(session, "networks.organisations.title");
        this.organisations = organisations;
        filter = listHeader("organisations-filter", this::refresh, NetworkAccess.canEditAll(user(), tenant()), "networks.organisations.new", "new-organisation", () -> edit(new Organisation()));
        grid.setId("organisations-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(o -> o.names().in(getLocale())).setHeader(getTranslation("networks.field.name")).setFlexGrow(3).setSortable(true);
        grid.addColumn(o -> getTranslation(o.getType().labelKey())).setHeader(getTranslation("networks.field.type")).setFlexGrow(2);
        grid.addColumn(Organisation::getBusinessId).setHeader(getTranslation("networks.field.business-id")).setFlexGrow(1);
        grid.addColumn(o -> String.join(", ", o.getMunicipalities())).setHeader(getTranslation("networks.catalogue.municipalities")).setFlexGrow(2);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setHeight("32rem");
        add(grid);
        refresh();
    }

    private void refresh() {
        String words = filter.getValue().toLowerCase(Locale.ROOT);
        grid.setItems(organisations.list(tenant()).stream().filter(o -> words.isBlank()
                || (o.getNameFi() + " " + getTranslation(o.getType().labelKey())).toLowerCase(Locale.ROOT).contains(words)).toList());
    }

    private void edit(Organisation organisation) {
        new OrganisationDialog(organisations, tenant(), user(), organisation, this::refresh).open();
    }
}
