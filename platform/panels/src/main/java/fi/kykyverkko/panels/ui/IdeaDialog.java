package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.IdeaChange;
import fi.kykyverkko.panels.ideas.IdeaStatus;
import fi.kykyverkko.panels.ideas.IdeaUpdate;
import fi.kykyverkko.panels.ideas.PanelIdea;
import java.util.List;

/**
 * Updating one idea: status, progress, the reason when it is not taken forward, who answers for it, a note for the
 * history; the dated history below. Saving tells the members who took part (on their page; by e-mail with consent).
 */
final class IdeaDialog extends Dialog {

    /** The form's bean. */
    static final class Form {
        IdeaStatus status;
        Integer progress;
        String reason;
        Organisation organisation;
        String person;
        String note;
    }

    IdeaDialog(Component where, IdeaBoard board, TenantId tenant, PortalUser user, PanelIdea idea, List<Organisation> orgs, Runnable saved) {
        setHeaderTitle(idea.getTitle());
        setId("idea-dialog");
        // a combo box, not a Select: a required Select puts aria-required on its value button (axe: aria-allowed-attr)
        ComboBox<IdeaStatus> status = new ComboBox<>(where.getTranslation("panels.field.status"));
        status.setId("idea-status");
        status.setItems(IdeaStatus.values());
        status.setItemLabelGenerator(s -> where.getTranslation(s.labelKey()));
        IntegerField progress = new IntegerField(where.getTranslation("panels.field.progress"));
        progress.setId("idea-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        TextArea reason = new TextArea(where.getTranslation("panels.field.reason"));
        reason.setId("idea-reason");
        ComboBox<Organisation> organisation = new ComboBox<>(where.getTranslation("panels.field.responsibleOrganisationId"), orgs);
        organisation.setItemLabelGenerator(o -> o.names().in(PanelUi.locale()));
        TextField person = new TextField(where.getTranslation("panels.field.responsiblePerson"));
        TextArea note = new TextArea(where.getTranslation("panels.field.note"));
        note.setId("idea-note");
        Binder<Form> binder = new Binder<>();
        binder.forField(status).asRequired(where.getTranslation("validation.required")).bind(f -> f.status, (f, v) -> f.status = v);
        binder.forField(progress).asRequired(where.getTranslation("validation.required")).bind(f -> f.progress, (f, v) -> f.progress = v);
        binder.forField(reason).bind(f -> f.reason, (f, v) -> f.reason = v);
        binder.forField(organisation).bind(f -> f.organisation, (f, v) -> f.organisation = v);
        binder.forField(person).bind(f -> f.person, (f, v) -> f.person = v);
        binder.forField(note).bind(f -> f.note, (f, v) -> f.note = v);
        Form form = new Form();
        form.status = idea.getStatus();
        form.progress = idea.getProgress();
        form.reason = idea.getReason();
        form.organisation = orgs.stream().filter(o -> o.getId().equals(idea.getResponsibleOrganisationId())).findFirst().orElse(null);
        form.person = idea.getResponsiblePerson();
        binder.readBean(form);
        FormLayout layout = new FormLayout(status, progress, reason, organisation, person, note);
        add(layout);
        List<IdeaUpdate> history = board.history(tenant, idea.getId());
        com.vaadin.flow.component.html.UnorderedList log = new com.vaadin.flow.component.html.UnorderedList();
        log.setId("idea-history");
        for (IdeaUpdate u : history) {
            log.add(new com.vaadin.flow.component.html.ListItem(PanelUi.when(u.getAt()) + " – " + where.getTranslation(u.getStatus().labelKey()) + ", "
                    + u.getProgress() + " %" + (u.getNote() == null ? "" : ": " + u.getNote()) + " (" + u.getBy() + ")"));
        }
        add(new com.vaadin.flow.component.html.H4(where.getTranslation("panels.idea.history")), log);
        add(new Paragraph(where.getTranslation("panels.idea.notify-hint")));
        Button save = new Button(where.getTranslation("panels.idea.save"), e -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            PanelIdea done = PanelUi.act(where, () -> board.update(tenant, user, idea.getId(), new IdeaChange(form.status, form.progress, form.reason,
                    form.organisation == null ? null : form.organisation.getId(), form.person, form.note)), "panels.idea.saved");
            if (done != null) {
                close();
                saved.run();
            }
        });
        save.setId("idea-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(where.getTranslation("panels.close"), e -> close());
        getFooter().add(cancel, save);
    }
}
