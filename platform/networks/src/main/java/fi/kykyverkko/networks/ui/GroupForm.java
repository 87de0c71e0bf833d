package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.EntityForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.kernel.domain.Codes;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.networks.groups.Cadence;
import fi.kykyverkko.networks.groups.GroupKind;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Creating or changing a group: purpose, convener, cadence, members. Used by the group list and the group page. */
public class GroupForm {

    private final Groups groups;
    private final People people;
    private final Organisations organisations;

    @Inject
    public GroupForm(Groups groups, People people, Organisations organisations) {
        this.groups = groups;
        this.people = people;
        this.organisations = organisations;
    }

    void open(NetworkGroup group, TenantId tenant, PortalUser user, Consumer<NetworkGroup> onSaved) {
        Dialog dialog = new Dialog();
        FormView view = new FormView();
        dialog.add(view);
        dialog.setHeaderTitle(group.getId() == null ? view.getTranslation("networks.groups.new") : group.getName());
        dialog.setWidth("min(50rem, 95vw)");
        EntityForm<Object> fields = new EntityForm<>();
        List<Person> everyone = people.list(tenant);
        List<Organisation> allOrganisations = organisations.list(tenant);

        TextField name = fields.add("name", view.text("networks.groups.name", group.getName(), "group-name"));
        Select<GroupKind> kind = fields.add("kind", new Select<>());
        kind.setLabel(view.getTranslation("networks.groups.kind"));
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : view.getTranslation(k.labelKey()));
        kind.setValue(group.getKind());
        TextArea purpose = fields.add("purpose", view.area("networks.groups.purpose", group.getPurpose(), null));
        ComboBox<Person> convener = fields.add("convener", new ComboBox<>(view.getTranslation("networks.groups.convener")));
        convener.setId("group-convener");
        convener.setItems(everyone);
        convener.setItemLabelGenerator(Person::label);
        convener.setValue(same(everyone, group.getConvener()));
        convener.setHelperText(view.getTranslation("networks.groups.convener-help"));

        Select<String> cadenceUnit = new Select<>();
        cadenceUnit.setId("group-cadence-unit");
        cadenceUnit.setLabel(view.getTranslation("networks.groups.cadence"));
        cadenceUnit.setItems("NONE", "WEEKS", "MONTHS");
        cadenceUnit.setItemLabelGenerator(u -> view.getTranslation("networks.cadence.unit." + u));
        IntegerField interval = new IntegerField(view.getTranslation("networks.cadence.interval"));
        interval.setMin(1);
        interval.setMax(12);
        interval.setStepButtonsVisible(true);
        Select<DayOfWeek> day = new Select<>();
        day.setLabel(view.getTranslation("networks.cadence.day"));
        day.setItems(DayOfWeek.values());
        day.setEmptySelectionAllowed(true);
        day.setItemLabelGenerator(d -> d == null ? view.getTranslation("networks.cadence.any-day") : view.getTranslation("networks.day." + d.name()));
        Select<Integer> ordinal = new Select<>();
        ordinal.setLabel(view.getTranslation("networks.cadence.which"));
        ordinal.setItems(1, 2, 3, 4, -1);
        ordinal.setEmptySelectionAllowed(true);
        ordinal.setItemLabelGenerator(o -> o == null ? view.getTranslation("networks.cadence.any-week") : view.getTranslation("networks.ordinal." + o));
        Cadence cadence = group.getCadence();
        cadenceUnit.setValue(cadence == null ? "NONE" : cadence.unit().name());
        interval.setValue(cadence == null ? 1 : cadence.interval());
        day.setValue(cadence == null ? null : cadence.day());
        ordinal.setValue(cadence == null ? null : cadence.ordinal());
        fields.add("cadence", cadenceUnit);

        DatePicker startedOn = fields.add("startedOn", fi.kykyverkko.shell.kit.Pickers.date(view.getTranslation("networks.groups.started-on"), view.language()));
        startedOn.setValue(group.getStartedOn() == null ? PortalTime.today() : group.getStartedOn());
        Checkbox active = new Checkbox(view.getTranslation("networks.groups.active"), group.isActive());
        MultiSelectComboBox<Person> members = new MultiSelectComboBox<>(view.getTranslation("networks.groups.members"));
        members.setItems(everyone);
        members.setItemLabelGenerator(Person::label);
        members.setValue(everyone.stream().filter(p -> group.getMembers().stream().anyMatch(m -> m.getId().equals(p.getId()))).collect(Collectors.toSet()));
        MultiSelectComboBox<Organisation> memberOrganisations = new MultiSelectComboBox<>(view.getTranslation("networks.groups.organisations"));
        memberOrganisations.setItems(allOrganisations);
        memberOrganisations.setItemLabelGenerator(o -> o.names().in(view.language()));
        memberOrganisations.setValue(allOrganisations.stream().filter(o -> group.getOrganisations().stream().anyMatch(m -> m.getId().equals(o.getId())))
                .collect(Collectors.toSet()));

        FormLayout form = new FormLayout(name, kind, purpose, convener, cadenceUnit, interval, day, ordinal, startedOn, active, members, memberOrganisations);
        form.setColspan(purpose, 2);
        form.setColspan(members, 2);
        form.setColspan(memberOrganisations, 2);
        view.add(form);

        dialog.getFooter().add(new Button(view.getTranslation("kit.form.close"), e -> dialog.close()));
        List<NetworkGroup> saved = new java.util.ArrayList<>(1);
        view.saveButton(dialog, "group-save", fields, () -> {
            group.setName(name.getValue());
            group.setKind(kind.getValue());
            group.setPurpose(purpose.getValue());
            group.setConvener(convener.getValue());
            group.setStartedOn(startedOn.getValue());
            group.setActive(active.getValue());
            group.setMembers(members.getValue());
            group.setOrganisations(memberOrganisations.getValue());
            if (group.getCode() == null && name.getValue() != null && !name.getValue().isBlank()) {
                group.setCode(Codes.fromName(name.getValue()));
            }
            group.setCadence(cadence(cadenceUnit.getValue(), interval.getValue(), day.getValue(), ordinal.getValue()));
            saved.add(groups.save(tenant, user, group));
            return saved.get(0);
        }, "networks.groups.saved", () -> onSaved.accept(saved.get(0)));
        dialog.open();
    }

    /** The cadence the fields describe; a combination the rules refuse is a problem on the cadence field. */
    private static Cadence cadence(String unit, Integer interval, DayOfWeek day, Integer ordinal) {
        if (unit == null || unit.equals("NONE")) {
            return null;
        }
        try {
            Cadence.Unit u = Cadence.Unit.valueOf(unit);
            return new Cadence(u, interval == null ? 1 : interval, day, u == Cadence.Unit.MONTHS ? ordinal : null);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new Problems().add("cadence", "networks.validation.cadence"));
        }
    }

    private static <T> T same(List<T> items, T wanted) {
        return wanted == null ? null : items.stream().filter(i -> Objects.equals(i, wanted) || idOf(i).equals(idOf(wanted))).findFirst().orElse(null);
    }

    private static Object idOf(Object o) {
        return o instanceof Person p ? p.getId() : o instanceof Organisation org ? org.getId() : o;
    }

    /** A bare view to borrow translations and the shared save handling inside a dialog. */
    private static final class FormView extends NetworksView {
        FormView() {
            super(null, "networks.groups.title");
            removeAll();
            setPadding(false);
        }
    }
}
