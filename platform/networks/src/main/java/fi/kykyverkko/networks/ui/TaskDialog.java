package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.FinnishCollation;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.groups.TaskStatus;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import java.util.List;

/** One task of a group in a dialog, bound with Binder; its owner is one of the group's members. */
final class TaskDialog extends Dialog {

    TaskDialog(Groups groups, TenantId tenant, PortalUser user, NetworkGroup group, GroupTask task, Runnable afterSave) {
        setHeaderTitle(getTranslation("networks.task.edit"));
        EntityForm<GroupTask> form = new EntityForm<>();
        TextField title = form.bind("title", Fields.text(this, "networks.task.title", "task-title"), GroupTask::getTitle, GroupTask::setTitle);
        ComboBox<Person> owner = new ComboBox<>(getTranslation("networks.task.owner"));
        List<Person> candidates = FinnishCollation.sort(group.getMembers(), Person::getName);
        owner.setItems(candidates);
        owner.setItemLabelGenerator(Person::label);
        form.bind("owner", owner, t -> t.getOwner() == null ? null
                : candidates.stream().filter(p -> p.getId().equals(t.getOwner().getId())).findFirst().orElse(null), GroupTask::setOwner);
        DatePicker due = form.bind("dueOn", Pickers.date(getTranslation("networks.task.due"), getLocale()), GroupTask::getDueOn, GroupTask::setDueOn);
        ComboBox<TaskStatus> status = new ComboBox<>();
        status.setLabel(getTranslation("networks.task.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        form.bind("status", status, GroupTask::getStatus, GroupTask::setStatus);
        form.required("title", "status");
        form.read(task);
        add(new FormLayout(title, owner, due, status));
        FormSave.closeButton(this, null);
        FormSave.saveButton(this, "task-save", form, () -> groups.saveTask(tenant, user, form.write(task)), "networks.task.saved", afterSave);
    }
}
