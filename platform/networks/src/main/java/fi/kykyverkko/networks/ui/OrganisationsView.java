package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.EntityForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.domain.Codes;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.kernel.domain.TextListConverter;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.OrganisationType;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.Locale;

/** The organisations of the region's network, with their business IDs, contacts and the municipalities they serve. */
@Route(value = "networks/organisations", layout = MainLayout.class)
public class OrganisationsView extends NetworksView {

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
        boolean editable = organisations.canEdit(user(), tenant(), organisation);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(organisation.getId() == null ? getTranslation("networks.organisations.new") : organisation.names().in(getLocale()));
        dialog.setWidth("min(50rem, 95vw)");
        EntityForm<Object> fields = new EntityForm<>();
        TextField nameFi = fields.add("nameFi", text("networks.field.name-fi", organisation.getNameFi(), "organisation-name-fi"));
        TextField nameSv = fields.add("nameSv", text("networks.field.name-sv", organisation.getNameSv(), null));
        TextField nameEn = fields.add("nameEn", text("networks.field.name-en", organisation.getNameEn(), null));
        Select<OrganisationType> type = fields.add("type", new Select<>());
        type.setLabel(getTranslation("networks.field.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        type.setValue(organisation.getType());
        TextField businessId = fields.add("businessId", text("networks.field.business-id", organisation.getBusinessId(), "organisation-business-id"));
        businessId.setHelperText(getTranslation("networks.field.business-id-help"));
        TextField email = fields.add("email", text("networks.field.email", organisation.getEmail(), null));
        TextField phone = fields.add("phone", text("networks.field.phone", organisation.getPhone(), null));
        TextField website = fields.add("website", text("networks.field.url", organisation.getWebsite(), null));
        TextField address = fields.add("address", text("networks.field.address", organisation.getAddress(), null));
        TextField municipalities = fields.add("municipalities", text("networks.catalogue.municipalities", String.join("; ", organisation.getMunicipalities()), null));
        TextField code = fields.add("code", text("networks.field.code", organisation.getCode(), null));
        code.setHelperText(getTranslation("networks.field.code-help"));
        FormLayout form = new FormLayout(nameFi, nameSv, nameEn, type, businessId, email, phone, website, address, municipalities, code);
        form.getChildren().forEach(c -> c.getElement().setProperty("readonly", !editable));
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("kit.form.close"), e -> dialog.close()));
        if (editable) {
            saveButton(dialog, "organisation-save", fields, () -> {
                organisation.setNameFi(nameFi.getValue());
                organisation.setNameSv(nameSv.getValue());
                organisation.setNameEn(nameEn.getValue());
                organisation.setType(type.getValue());
                organisation.setBusinessId(businessId.getValue());
                organisation.setEmail(email.getValue());
                organisation.setPhone(phone.getValue());
                organisation.setWebsite(website.getValue());
                organisation.setAddress(address.getValue());
                organisation.setMunicipalities(TextListConverter.split(municipalities.getValue()));
                organisation.setCode(code.getValue().isBlank() && !nameFi.getValue().isBlank() ? Codes.fromName(nameFi.getValue()) : code.getValue());
                return organisations.save(tenant(), user(), organisation);
            }, "networks.organisations.saved", this::refresh);
        }
        dialog.open();
    }
}
