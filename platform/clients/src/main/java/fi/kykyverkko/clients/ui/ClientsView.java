package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.imports.ClientImportView;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;

/**
 * Client search: by name (prefixes of first name, last name or nickname) or by a whole identity code, which is looked
 * up by its key and never goes into a list or an address. A network member finds only the clients a valid consent
 * shows them; emergency access searches only after giving a reason, which marks every entry it writes. The team
 * registers new clients here and is warned of a duplicate code.
 */
@Route(value = "clients", layout = MainLayout.class)
public class ClientsView extends PortalView {

    static final String ROUTE = "clients";

    private final Clients clients;
    private final StackedTable<Client> list = new StackedTable<>("client-list");
    private final TextField search;
    private final Paragraph hint = new Paragraph();

    @Inject
    public ClientsView(PortalSession session, Clients clients) {
        super(session, "clients.search.title");
        this.clients = clients;
        if (ClientRoles.hasEmergencyAccess(user(), tenant()) && !ClientRoles.isTeam(user(), tenant())) {
            add(new EmergencyPanel(tenant(), this::refresh));
        }
        search = new TextField(getTranslation("clients.search.field"));
        search.setId("client-search");
        search.setHelperText(getTranslation("clients.search.help"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(30rem, 100%)");
        search.addValueChangeListener(e -> refresh());
        add(search);
        if (ClientRoles.isTeam(user(), tenant())) {
            Button create = new Button(getTranslation("clients.client.new"), e -> new ClientDialog(clients, tenant(), user(), new Client(),
                    saved -> Links.navigate(ClientCardView.class, "id", String.valueOf(saved.getId()))).open());
            create.setId("new-client");
            Button importClients = new Button(getTranslation("clients.import.open"), e -> Links.navigate(ClientImportView.class));
            importClients.setId("import-clients");
            add(create, importClients);
        }
        list.component(getTranslation("clients.field.name"), c -> Links.link(c.displayName(), ClientCardView.class, "id", String.valueOf(c.getId())))
                .text(getTranslation("clients.field.identity-code"), c -> c.getIdentityMasked() == null ? "–" : c.getIdentityMasked())
                .text(getTranslation("clients.field.municipality"), c -> c.getMunicipality() == null ? "" : c.getMunicipality())
                .whenEmpty(getTranslation("clients.search.none"));
        hint.setId("client-search-hint");
        add(hint, list);
        refresh();
    }

    private void refresh() {
        String text = search.getValue();
        if (text == null || text.isBlank()) {
            hint.setText(getTranslation("clients.search.start"));
            list.setItems(java.util.List.of());
            return;
        }
        if (ClientRoles.hasEmergencyAccess(user(), tenant()) && !ClientRoles.isTeam(user(), tenant())
                && EmergencyPanel.reason(tenant()).isEmpty()) {
            hint.setText(getTranslation("clients.emergency.reason-first"));
            list.setItems(java.util.List.of());
            return;
        }
        var found = clients.search(tenant(), ClientAccess.of(user(), tenant(), ROUTE), text);
        hint.setText(found.size() >= Clients.SEARCH_LIMIT ? getTranslation("clients.search.more", Clients.SEARCH_LIMIT) : "");
        list.setItems(found);
    }
}
