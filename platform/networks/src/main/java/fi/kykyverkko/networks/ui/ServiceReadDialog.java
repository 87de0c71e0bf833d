package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.shell.kit.FormSave;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A catalogue entry as a reader needs it, before any form: who provides it, what it is, who it is for, how to get
 * there and whom to contact (near the top, so they show without scrolling), then the rest. "Edit" only for those
 * who may edit; it opens the edit dialog.
 */
final class ServiceReadDialog extends Dialog {

    ServiceReadDialog(CatalogueService service, boolean editable, Runnable edit) {
        Locale language = getLocale();
        setHeaderTitle(service.names().in(language));
        setWidth("min(48rem, 95vw)");
        Div card = new Div();
        card.setId("service-card");
        card.getStyle().set("overflow-wrap", "anywhere");
        Paragraph provider = new Paragraph(service.getOrganisation().names().in(language) + " · " + getTranslation(service.getCategory().labelKey()));
        provider.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        card.add(provider);
        if (!language.getLanguage().equals("fi") && (!service.translatedInto(language) || service.hasFinnishOnlyDetails())) {
            Paragraph note = new Paragraph(getTranslation(service.translatedInto(language) ? "networks.catalogue.finnish-details" : "networks.catalogue.untranslated"));
            note.setId("service-untranslated");
            note.getStyle().set("font-style", "italic");
            card.add(note);
        }
        card.add(finnishUnless(new Paragraph(service.descriptions().in(language)), service.translatedInto(language)));

        DescriptionList details = new DescriptionList();
        item(details, "networks.catalogue.target-group", service.getTargetGroup());
        item(details, "networks.catalogue.how-to-access", service.getHowToAccess());
        List<Component> contact = new ArrayList<>();
        if (service.getContactName() != null) {
            contact.add(finnishUnless(new Div(service.getContactName()), false));
        }
        if (service.getContactPhone() != null) {
            contact.add(new Div(new Anchor("tel:" + service.getContactPhone().replaceAll("[^+0-9]", ""), service.getContactPhone())));
        }
        if (service.getContactEmail() != null) {
            contact.add(new Div(new Anchor("mailto:" + service.getContactEmail(), service.getContactEmail())));
        }
        if (!contact.isEmpty()) {
            DescriptionList.Description where = new DescriptionList.Description(contact.toArray(Component[]::new));
            where.setId("service-contact");
            details.add(new DescriptionList.Term(getTranslation("networks.catalogue.contact")), where);
        }
        item(details, "networks.catalogue.eligibility", service.getEligibility());
        if (!service.getChannels().isEmpty()) {
            details.add(new DescriptionList.Term(getTranslation("networks.catalogue.channels")), new DescriptionList.Description(
                    String.join(", ", service.getChannels().stream().map(c -> getTranslation(c.labelKey())).toList())));
        }
        details.add(new DescriptionList.Term(getTranslation("networks.catalogue.municipalities")), new DescriptionList.Description(
                service.getMunicipalities().isEmpty() ? getTranslation("networks.catalogue.whole-region") : String.join(", ", service.getMunicipalities())));
        item(details, "networks.catalogue.locations", service.getLocations());
        if (service.getUrl() != null) {
            details.add(new DescriptionList.Term(getTranslation("networks.field.url")),
                    new DescriptionList.Description(new Anchor(service.getUrl(), service.getUrl())));
        }
        Span reviewed = new Span(PortalTime.date(service.getLastReviewed(), language));
        if (service.needsReview(PortalTime.today())) {
            reviewed.setText(reviewed.getText() + " – " + getTranslation("networks.catalogue.needs-review"));
        }
        details.add(new DescriptionList.Term(getTranslation("networks.catalogue.last-reviewed")), new DescriptionList.Description(reviewed));
        details.getChildren().filter(c -> c instanceof DescriptionList.Term).forEach(t -> t.getElement().getStyle().set("font-weight", "600"));
        details.getChildren().filter(c -> c instanceof DescriptionList.Description).forEach(d -> d.getElement().getStyle()
                .set("margin", "0 0 var(--lumo-space-s) 0"));
        card.add(details);
        add(card);

        if (editable) {
            Button editButton = new Button(getTranslation("networks.catalogue.edit"), e -> {
                close();
                edit.run();
            });
            editButton.setId("service-edit");
            editButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(editButton);
        }
        FormSave.closeButton(this, "service-read-close");
    }

    /** A free-text detail (kept in Finnish only), if the entry has it. */
    private void item(DescriptionList details, String labelKey, String value) {
        if (value != null) {
            details.add(new DescriptionList.Term(getTranslation(labelKey)),
                    finnishUnless(new DescriptionList.Description(value), false));
        }
    }

    /** Marks Finnish text on a Swedish or English page, so that a screen reader reads it as Finnish. */
    private <C extends Component & HasText> C finnishUnless(C component, boolean inReadersLanguage) {
        if (!inReadersLanguage && !getLocale().getLanguage().equals("fi")) {
            component.getElement().setAttribute("lang", "fi");
        }
        component.getElement().getStyle().set("white-space", "pre-line");
        return component;
    }
}
