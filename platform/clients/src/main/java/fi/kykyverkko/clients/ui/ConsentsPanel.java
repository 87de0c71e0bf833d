package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import fi.kykyverkko.clients.clients.ClientDocument;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.consent.ConsentMethod;
import fi.kykyverkko.clients.consent.ConsentState;
import fi.kykyverkko.clients.consent.Consents;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.shell.kit.Dialogs;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.kit.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The client's consents on the card: which organisation may see which data, given how, valid until when, and its
 * state today; the team records a new one (the consent dialog) or revokes one, which takes effect at once.
 */
final class ConsentsPanel extends Div {

    ConsentsPanel(ClientCardView card, Consents consents, Organisations organisations, long clientId, List<Consent> given) {
        setId("consents");
        add(new H3(getTranslation("clients.consent.title")));
        add(new Paragraph(getTranslation("clients.consent.explained")));
        List<Organisation> all = organisations.list(card.region());
        Button give = new Button(getTranslation("clients.consent.give"), e -> dialog(card, consents, all, clientId));
        give.setId("give-consent");
        add(give);
        StackedTable<Consent> table = new StackedTable<>("consent-list");
        table.text(getTranslation("clients.consent.organisation"), k -> all.stream().filter(o -> o.getId() == k.getOrganisationId()).findFirst()
                        .map(o -> o.names().in(getLocale())).orElse("?"))
                .text(getTranslation("clients.consent.categories"), k -> k.categories().stream().map(c -> getTranslation(c.labelKey()))
                        .collect(Collectors.joining(", ")))
                .text(getTranslation("clients.consent.given"), k -> PortalTime.date(k.getGivenOn(), getLocale()) + ", " + getTranslation(k.getMethod().labelKey()))
                .text(getTranslation("clients.consent.valid-until"), k -> PortalTime.date(k.getValidUntil(), getLocale()))
                .text(getTranslation("clients.consent.state"), k -> getTranslation(k.state(PortalTime.today(), Instant.now()).labelKey())
                        + (k.getRevokedAt() == null ? "" : " " + PortalTime.dateTime(k.getRevokedAt(), getLocale())))
                .component("", k -> k.state(PortalTime.today(), Instant.now()) == ConsentState.REVOKED ? new Div()
                        : revokeButton(card, consents, k))
                .whenEmpty(getTranslation("clients.consent.none"));
        table.setItems(given);
        add(table);
    }

    private Button revokeButton(ClientCardView card, Consents consents, Consent consent) {
        Button revoke = new Button(getTranslation("clients.consent.revoke"), e -> Dialogs.confirm(getTranslation("clients.consent.revoke"),
                getTranslation("clients.consent.revoke-confirm"), getTranslation("clients.consent.revoke"), getLocale(), () -> {
                    consents.revoke(card.region(), card.access(), consent.getId());
                    FormSave.notify(getTranslation("clients.consent.revoked"), false);
                    card.render();
                }).open());
        revoke.setId("revoke-consent-" + consent.getId());
        return revoke;
    }

    /** The consent dialog: the organisation, the categories (identity always), how it was given, and until when. */
    private static void dialog(ClientCardView card, Consents consents, List<Organisation> organisations, long clientId) {
        ActDialog dialog = new ActDialog(card.getTranslation("clients.consent.give"));
        ComboBox<Organisation> organisation = dialog.field("organisation", new ComboBox<>(card.getTranslation("clients.consent.organisation")));
        organisation.setId("consent-organisation");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(o -> o.names().in(card.language()));
        organisation.setRequiredIndicatorVisible(true);
        CheckboxGroup<DataCategory> categories = dialog.field("categories", new CheckboxGroup<>(card.getTranslation("clients.consent.categories")));
        categories.setId("consent-categories");
        categories.setItems(DataCategory.values());
        categories.setItemLabelGenerator(c -> card.getTranslation(c.labelKey()));
        categories.setValue(EnumSet.of(DataCategory.IDENTITY_CONTACT, DataCategory.EPISODES));
        categories.setItemEnabledProvider(c -> c != DataCategory.IDENTITY_CONTACT);
        categories.setHelperText(card.getTranslation("clients.consent.identity-always"));
        RadioButtonGroup<ConsentMethod> method = dialog.field("method", new RadioButtonGroup<>(card.getTranslation("clients.consent.method")));
        method.setId("consent-method");
        method.setItems(ConsentMethod.values());
        method.setItemLabelGenerator(m -> card.getTranslation(m.labelKey()));
        method.setValue(ConsentMethod.IN_PORTAL);
        DatePicker given = dialog.field("givenOn", Pickers.date(card.getTranslation("clients.consent.given-on"), card.language()));
        given.setId("consent-given");
        given.setValue(PortalTime.today());
        DatePicker until = dialog.field("validUntil", Pickers.date(card.getTranslation("clients.consent.valid-until"), card.language()));
        until.setId("consent-until");
        until.setValue(PortalTime.today().plusYears(1));
        until.setHelperText(card.getTranslation("clients.consent.until-help"));
        MemoryBuffer buffer = new MemoryBuffer();
        Upload form = Uploads.upload(buffer, card.language());
        form.setMaxFileSize(ClientDocument.MAX_BYTES);
        form.setMaxFiles(1);
        String[] file = new String[2];
        form.addSucceededListener(e -> {
            file[0] = e.getFileName();
            file[1] = e.getMIMEType();
        });
        Paragraph formLabel = new Paragraph(card.getTranslation("clients.consent.form"));
        dialog.show(formLabel).show(form);
        dialog.field("form", new com.vaadin.flow.component.textfield.TextField()).setVisible(false);
        dialog.onSave("consent-save", () -> {
            byte[] content = null;
            if (file[0] != null) {
                try (InputStream in = buffer.getInputStream()) {
                    content = in.readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            Consent consent = Consent.give(clientId, organisation.getValue() == null ? 0 : organisation.getValue().getId(),
                    categories.getValue(), given.getValue(), method.getValue(), until.getValue());
            return consents.give(card.region(), card.access(), consent, file[0], file[1], content);
        }, "clients.consent.saved", card::render).open();
    }
}
