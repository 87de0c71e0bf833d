package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import fi.kykyverkko.shell.kit.Pickers;
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
        dialog.setHeaderTitle(group.getId() == null ? dialog.getTranslation("networks.groups.new") : group.getName());
        dialog.setWidth("min(50rem, 95vw)");
        EntityForm<NetworkGroup> form = new EntityForm<>();
        List<Person> everyone = people.list(tenant);
        List<Organisation> allOrganisations = organisations.list(tenant);

        TextField name = form.bind("name", Fields.text(dialog, "networks.groups.name", "group-name"), NetworkGroup::getName, NetworkGroup::setName);
        ComboBox<GroupKind> kind = new ComboBox<>();
        kind.setLabel(dialog.getTranslation("networks.groups.kind"));
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : dialog.getTranslation(k.labelKey()));
        form.bind("kind", kind, NetworkGroup::getKind, NetworkGroup::setKind);
        TextArea purpose = form.bind("purpose", Fields.area(dialog, "networks.groups.purpose", null), NetworkGroup::getPurpose, NetworkGroup::setPurpose);
        ComboBox<Person> convener = new ComboBox<>(dialog.getTranslation("networks.groups.convener"));
        convener.setId("group-convener");
        convener.setItems(everyone);
        convener.setItemLabelGenerator(Person::label);
        convener.setHelperText(dialog.getTranslation("networks.groups.convener-help"));
        form.bind("convener", convener, g -> same(everyone, g.getConvener()), NetworkGroup::setConvener);

        CadenceFields cadence = new CadenceFields(dialog, group.getCadence());
        form.add("cadence", cadence.unit);
        form.onWrite(g -> g.setCadence(cadence.value()));

        DatePicker startedOn = fi.kykyverkko.shell.kit.Pickers.date(dialog.getTranslation("networks.groups.started-on"), com.vaadin.flow.component.UI.getCurrent().getLocale());
        form.bind("startedOn", startedOn, g -> g.getStartedOn() == null ? PortalTime.today() : g.getStartedOn(), NetworkGroup::setStartedOn);
        Checkbox active = new Checkbox(dialog.getTranslation("networks.groups.active"));
        form.binder().forField(active).bind(NetworkGroup::isActive, NetworkGroup::setActive);
        MultiSelectComboBox<Person> members = Pickers.multiSelect(dialog.getTranslation("networks.groups.members"), com.vaadin.flow.component.UI.getCurrent().getLocale());
        members.setItems(everyone);
        members.setItemLabelGenerator(Person::label);
        form.bind("members", members, g -> everyone.stream().filter(p -> g.getMembers().stream().anyMatch(m -> m.getId().equals(p.getId())))
                .collect(Collectors.toSet()), NetworkGroup::setMembers);
        MultiSelectComboBox<Organisation> memberOrganisations = Pickers.multiSelect(dialog.getTranslation("networks.groups.organisations"), com.vaadin.flow.component.UI.getCurrent().getLocale());
        memberOrganisations.setItems(allOrganisations);
        memberOrganisations.setItemLabelGenerator(o -> o.names().in(com.vaadin.flow.component.UI.getCurrent().getLocale()));
        form.bind("organisations", memberOrganisations, g -> allOrganisations.stream()
                .filter(o -> g.getOrganisations().stream().anyMatch(m -> m.getId().equals(o.getId()))).collect(Collectors.toSet()), NetworkGroup::setOrganisations);
        form.onWrite(g -> {
            if (g.getCode() == null && g.getName() != null) {
                g.setCode(Codes.fromName(g.getName()));
            }
        });
        form.required("name", "kind", "startedOn");
        form.read(group);

        FormLayout layout = new FormLayout(name, kind, purpose, convener, cadence.unit, cadence.interval, cadence.day, cadence.ordinal,
                startedOn, active, members, memberOrganisations);
        layout.setColspan(purpose, 2);
        layout.setColspan(members, 2);
        layout.setColspan(memberOrganisations, 2);
        dialog.add(layout);

        FormSave.closeButton(dialog, null);
        List<NetworkGroup> saved = new java.util.ArrayList<>(1);
        FormSave.saveButton(dialog, "group-save", form, () -> {
            saved.add(groups.save(tenant, user, form.write(group)));
            return saved.get(0);
        }, "networks.groups.saved", () -> onSaved.accept(saved.get(0)));
        dialog.open();
    }

    /** The four fields of a cadence: unit (none, weeks, months), interval, weekday, which week of the month. */
    private static final class CadenceFields {
        final Select<String> unit = new Select<>();
        final IntegerField interval;
        final Select<DayOfWeek> day = new Select<>();
        final Select<Integer> ordinal = new Select<>();

        CadenceFields(Dialog dialog, Cadence cadence) {
            unit.setId("group-cadence-unit");
            unit.setLabel(dialog.getTranslation("networks.groups.cadence"));
            unit.setItems("NONE", "WEEKS", "MONTHS");
            unit.setItemLabelGenerator(u -> dialog.getTranslation("networks.cadence.unit." + u));
            interval = new IntegerField(dialog.getTranslation("networks.cadence.interval"));
            interval.setMin(1);
            interval.setMax(12);
            interval.setStepButtonsVisible(true);
            day.setLabel(dialog.getTranslation("networks.cadence.day"));
            day.setItems(DayOfWeek.values());
            day.setEmptySelectionAllowed(true);
            day.setItemLabelGenerator(d -> d == null ? dialog.getTranslation("networks.cadence.any-day") : dialog.getTranslation("networks.day." + d.name()));
            ordinal.setLabel(dialog.getTranslation("networks.cadence.which"));
            ordinal.setItems(1, 2, 3, 4, -1);
            ordinal.setEmptySelectionAllowed(true);
            ordinal.setItemLabelGenerator(o -> o == null ? dialog.getTranslation("networks.cadence.any-week") : dialog.getTranslation("networks.ordinal." + o));
            unit.setValue(cadence == null ? "NONE" : cadence.unit().name());
            interval.setValue(cadence == null ? 1 : cadence.interval());
            day.setValue(cadence == null ? null : cadence.day());
            ordinal.setValue(cadence == null ? null : cadence.ordinal());
        }

        Cadence value() {
            return cadence(unit.getValue(), interval.getValue(), day.getValue(), ordinal.getValue());
        }
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
}
