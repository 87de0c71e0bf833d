package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The organisations of the region's network, with their business IDs, contacts and the municipalities they serve,
 * as stacked rows that fit a phone as well as a desktop.
 */
@Route(value = "networks/organisations", layout = MainLayout.class)
public class OrganisationsView extends PortalView {

    private final Organisations organisations;
    private final StackedRows<Organisation> list = new StackedRows<>("organisations-list", o -> o.names().in(getLocale()), this::details, this::edit);
    private final TextField filter;

    @Inject
    public OrganisationsView(PortalSession session, Organisations organisations) {
        super(session, "networks.organisations.title");
        this.organisations = organisations;
        filter = listHeader("organisations-filter", this::refresh, NetworkAccess.canEditAll(user(), tenant()), "networks.organisations.new", "new-organisation", () -> edit(new Organisation()));
        add(list);
        refresh();
    }

    private void refresh() {
        String words = filter.getValue().toLowerCase(Locale.ROOT);
        list.setItems(organisations.list(tenant()).stream().filter(o -> words.isBlank()
                || (o.getNameFi() + " " + getTranslation(o.getType().labelKey())).toLowerCase(Locale.ROOT).contains(words)).toList());
    }

    /** Under each name: its type, business ID and municipalities. */
    private List<Component> details(Organisation o) {
        List<Component> details = new ArrayList<>(List.of(new Span(getTranslation(o.getType().labelKey()))));
        if (o.getBusinessId() != null) {
            details.add(new Span(getTranslation("networks.field.business-id") + " " + o.getBusinessId()));
        }
        if (!o.getMunicipalities().isEmpty()) {
            details.add(new Span(String.join(", ", o.getMunicipalities())));
        }
        return details;
    }

    private void edit(Organisation organisation) {
        new OrganisationDialog(organisations, tenant(), user(), organisation, this::refresh).open();
    }
}
