package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.panels.panel.Cadence;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.MeetingScript;
import fi.kykyverkko.panels.panel.PanelDraft;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The region's customer panels ("Asiakasraadit"): each with its organisation, cadence and lead; a form starts a new one. */
@Route(value = "panels", layout = MainLayout.class)
public class PanelsView extends PortalView {

    /** The new-panel form's bean. */
    public static final class Form {
        String name;
        String purpose;
        Organisation organisation;
        String facilitator;
        String noteTaker;
        Cadence.Frequency frequency = Cadence.Frequency.MONTHLY;
        Integer ordinal = 1;
        DayOfWeek weekday = DayOfWeek.FRIDAY;
        LocalTime time = LocalTime.of(13, 0);
        Integer minutes = 120;
        String place;
    }

    @Inject
    public PanelsView(PortalSession session, Panels panels, Organisations organisations) {
        super(session, "panels.list.title");
        List<Organisation> orgs = organisations.list(tenant());
        Map<Long, String> orgNames = orgs.stream().collect(Collectors.toMap(Organisation::getId, o -> o.names().in(PanelUi.locale())));
        StackedTable<CustomerPanel> table = new StackedTable<>("panels");
        table.component(getTranslation("panels.field.name"), p -> Links.link(p.getName(), PanelView.class, "id", String.valueOf(p.getId())))
                .text(getTranslation("panels.field.organisationId"), p -> p.getOrganisationId() == null ? "" : orgNames.getOrDefault(p.getOrganisationId(), ""))
                .text(getTranslation("panels.field.cadence"), p -> PanelUi.cadence(this, p.cadence()))
                .whenEmpty(getTranslation("panels.list.none"));
        table.setItems(panels.list(tenant(), user()));
        add(table);

        Binder<Form> binder = new Binder<>();
        TextField name = new TextField(getTranslation("panels.field.name"));
        name.setId("panel-name");
        TextArea purpose = new TextArea(getTranslation("panels.field.purpose"));
        purpose.setId("panel-purpose");
        ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("panels.field.organisationId"), orgs);
        organisation.setItemLabelGenerator(o -> o.names().in(PanelUi.locale()));
        TextField facilitator = new TextField(getTranslation("panels.field.facilitatorName"));
        facilitator.setId("panel-facilitator");
        TextField noteTaker = new TextField(getTranslation("panels.field.noteTaker"));
        Select<Cadence.Frequency> frequency = new Select<>();
        frequency.setLabel(getTranslation("panels.field.frequency"));
        frequency.setItems(Cadence.Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("panels.frequency." + f.name().toLowerCase(java.util.Locale.ROOT)));
        Select<Integer> ordinal = new Select<>();
        ordinal.setLabel(getTranslation("panels.field.ordinal"));
        ordinal.setItems(1, 2, 3, 4, -1);
        ordinal.setItemLabelGenerator(o -> getTranslation("panels.ordinal." + o));
        Select<DayOfWeek> weekday = new Select<>();
        weekday.setLabel(getTranslation("panels.field.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, PanelUi.locale()));
        TimePicker time = fi.kykyverkko.shell.kit.Pickers.time(getTranslation("panels.field.time"), getLocale());
        IntegerField minutes = new IntegerField(getTranslation("panels.field.minutes"));
        TextField place = new TextField(getTranslation("panels.field.place"));
        binder.forField(name).asRequired(getTranslation("validation.required")).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(purpose).asRequired(getTranslation("validation.required")).bind(f -> f.purpose, (f, v) -> f.purpose = v);
        binder.forField(organisation).bind(f -> f.organisation, (f, v) -> f.organisation = v);
        binder.forField(facilitator).asRequired(getTranslation("validation.required")).bind(f -> f.facilitator, (f, v) -> f.facilitator = v);
        binder.forField(noteTaker).bind(f -> f.noteTaker, (f, v) -> f.noteTaker = v);
        binder.forField(frequency).bind(f -> f.frequency, (f, v) -> f.frequency = v);
        binder.forField(ordinal).bind(f -> f.ordinal, (f, v) -> f.ordinal = v);
        binder.forField(weekday).bind(f -> f.weekday, (f, v) -> f.weekday = v);
        binder.forField(time).asRequired(getTranslation("validation.required")).bind(f -> f.time, (f, v) -> f.time = v);
        binder.forField(minutes).asRequired(getTranslation("validation.required")).bind(f -> f.minutes, (f, v) -> f.minutes = v);
        binder.forField(place).bind(f -> f.place, (f, v) -> f.place = v);
        Form form = new Form();
        binder.readBean(form);
        Button create = new Button(getTranslation("panels.list.create"), e -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            CustomerPanel made = PanelUi.act(this, () -> panels.create(tenant(), user(), new PanelDraft(form.name, form.purpose,
                    form.organisation == null ? null : form.organisation.getId(), form.facilitator, user().username(), form.noteTaker,
                    cadence(form), MeetingScript.LAPLAND)), "panels.list.created");
            if (made != null) {
                Links.navigate(PanelView.class, "id", String.valueOf(made.getId()));
            }
        });
        create.setId("create-panel");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout = new FormLayout(name, purpose, organisation, facilitator, noteTaker, frequency, ordinal, weekday, time, minutes, place);
        Details details = new Details(getTranslation("panels.list.new"), new com.vaadin.flow.component.html.Div(layout, create));
        details.setId("new-panel");
        add(details);
    }

    private Cadence cadence(Form form) {
        Function<Form, Cadence> make = f -> f.frequency == Cadence.Frequency.MONTHLY
                ? new Cadence(f.frequency, 1, f.weekday, f.ordinal, f.time, f.minutes, f.place)
                : new Cadence(f.frequency, 1, f.weekday, null, f.time, f.minutes, f.place);
        return make.apply(form);
    }
}
