package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.series.PanelSeat;
import fi.kykyverkko.consultations.series.Recurrence;
import fi.kykyverkko.consultations.series.SeriesDraft;
import fi.kykyverkko.kernel.domain.TextListConverter;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Makes or changes a series: what it is, when and where it meets, who may book, its deadline rule and its panel. */
@Route(value = "consultations/series-editor/:id?([0-9]{1,18})", layout = MainLayout.class)
public class SeriesEditorView extends PortalView implements BeforeEnterObserver {

    /** The form's bean: what the organiser typed, made into a {@link SeriesDraft} on save. */
    public static final class Fields {
        String title;
        String purpose;
        String groundRules;
        Recurrence recurrence = Recurrence.WEEKLY;
        LocalDate firstDate = LocalDate.now().plusDays(7);
        LocalTime startTime = LocalTime.of(14, 0);
        LocalTime endTime = LocalTime.of(15, 0);
        String place;
        String onlineLink;
        Integer capacityPerHour = 3;
        String allowedProfessions;
        String allowedOrganisations;
        Integer deadlineDaysBefore = 1;
        LocalTime deadlineTime = LocalTime.NOON;
        Set<Person> panel = new HashSet<>();

        SeriesDraft draft() {
            return new SeriesDraft(title, purpose, groundRules, recurrence, firstDate, startTime, endTime, place, onlineLink,
                    capacityPerHour, TextListConverter.split(allowedProfessions), TextListConverter.split(allowedOrganisations),
                    deadlineDaysBefore, deadlineTime);
        }
    }

    private final ConsultationHours hours;
    private final List<Person> people;
    private final EntityForm<Fields> form = new EntityForm<>();
    private final Fields fields = new Fields();
    private Long seriesId;

    @Inject
    public SeriesEditorView(PortalSession session, ConsultationHours hours, People people) {
        super(session, "consultations.editor.title");
        this.hours = hours;
        this.people = people.list(tenant());
        build();
    }

    private void build() {
        form.bind("title", text("consultations.field.title", "title"), f -> f.title, (f, v) -> f.title = v);
        form.bind("purpose", area("consultations.field.purpose", "purpose"), f -> f.purpose, (f, v) -> f.purpose = v);
        form.bind("groundRules", area("consultations.field.ground-rules", "ground-rules"), f -> f.groundRules, (f, v) -> f.groundRules = v);
        ComboBox<Recurrence> recurrence = new ComboBox<>(getTranslation("consultations.field.recurrence"), Recurrence.values());
        recurrence.setId("recurrence");
        recurrence.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        form.bind("recurrence", place(recurrence), f -> f.recurrence, (f, v) -> f.recurrence = v);
        DatePicker first = Pickers.date(getTranslation("consultations.field.first-date"), getLocale());
        first.setId("first-date");
        first.setHelperText(getTranslation("consultations.field.first-date-hint"));
        form.bind("firstDate", place(first), f -> f.firstDate, (f, v) -> f.firstDate = v);
        form.bind("startTime", time("consultations.field.start", "start-time"), f -> f.startTime, (f, v) -> f.startTime = v);
        form.bind("endTime", time("consultations.field.end", "end-time"), f -> f.endTime, (f, v) -> f.endTime = v);
        form.bind("place", text("consultations.field.place", "place"), f -> f.place, (f, v) -> f.place = v);
        form.bind("onlineLink", text("consultations.field.online-link", "online-link"), f -> f.onlineLink, (f, v) -> f.onlineLink = v);
        IntegerField capacity = new IntegerField(getTranslation("consultations.field.capacity"));
        capacity.setId("capacity");
        form.bind("capacityPerHour", place(capacity), f -> f.capacityPerHour, (f, v) -> f.capacityPerHour = v);
        TextField professions = text("consultations.field.professions", "allowed-professions");
        professions.setHelperText(getTranslation("consultations.field.list-hint"));
        form.bind("allowedProfessions", professions, f -> f.allowedProfessions, (f, v) -> f.allowedProfessions = v);
        TextField organisations = text("consultations.field.organisations", "allowed-organisations");
        organisations.setHelperText(getTranslation("consultations.field.list-hint"));
        form.bind("allowedOrganisations", organisations, f -> f.allowedOrganisations, (f, v) -> f.allowedOrganisations = v);
        IntegerField days = new IntegerField(getTranslation("consultations.field.deadline-days"));
        days.setId("deadline-days");
        form.bind("deadlineDaysBefore", place(days), f -> f.deadlineDaysBefore, (f, v) -> f.deadlineDaysBefore = v);
        form.bind("deadlineTime", time("consultations.field.deadline-time", "deadline-time"), f -> f.deadlineTime, (f, v) -> f.deadlineTime = v);
        MultiSelectComboBox<Person> panel = Pickers.multiSelect(getTranslation("consultations.panel.title"), getLocale());
        panel.setId("panel");
        panel.setItems(people);
        panel.setItemLabelGenerator(Person::label);
        form.bind("panel", place(panel), f -> f.panel, (f, v) -> f.panel = new HashSet<>(v));
        form.required("title");
        Button save = new Button(getTranslation("consultations.editor.save"), e -> save());
        save.setId("save-series");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.read(fields);
        add(save);
    }

    private <C extends com.vaadin.flow.component.Component> C place(C field) {
        if (field instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        add(field);
        return field;
    }

    private TextField text(String key, String id) {
        return place(PortalView.Fields.text(this, key, id));
    }

    private TimePicker time(String key, String id) {
        TimePicker picker = Pickers.time(getTranslation(key), getLocale());
        picker.setId(id);
        return place(picker);
    }

    private TextArea area(String key, String id) {
        return place(PortalView.Fields.area(this, key, id));
    }

    private void save() {
        ConsultationSeries saved = FormSave.save(this, form, () -> {
            form.write(fields);
            ConsultationSeries stored = seriesId == null ? hours.create(tenant(), user(), fields.draft())
                    : hours.edit(tenant(), user(), seriesId, fields.draft());
            hours.setPanel(tenant(), user(), stored.getId(), fields.panel.stream()
                    .map(p -> new PanelSeat(p.getId(), p.getName(), null, p.getEmail(), p.getUsername(), p.getTitle() == null ? "-" : p.getTitle()))
                    .toList());
            return stored;
        }, "consultations.editor.saved");
        if (saved != null) {
            Links.navigate(SeriesView.class, "id", String.valueOf(saved.getId()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id");
        if (id.isEmpty()) {
            return;
        }
        var found = hours.find(tenant(), user(), Long.parseLong(id.get()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        ConsultationSeries s = found.get();
        seriesId = s.getId();
        fields.title = s.getTitle();
        fields.purpose = s.getPurpose();
        fields.groundRules = s.getGroundRules();
        fields.recurrence = s.getRecurrence();
        fields.firstDate = s.getFirstDate();
        fields.startTime = s.getStartTime();
        fields.endTime = s.getEndTime();
        fields.place = s.getPlace();
        fields.onlineLink = s.getOnlineLink();
        fields.capacityPerHour = s.getCapacityPerHour();
        fields.allowedProfessions = String.join("; ", s.getAllowedProfessions());
        fields.allowedOrganisations = String.join("; ", s.getAllowedOrganisations());
        fields.deadlineDaysBefore = s.deadlineRule().workingDaysBefore();
        fields.deadlineTime = s.deadlineRule().time();
        Set<Long> onPanel = new HashSet<>(hours.panel(tenant(), s.getId()).stream().map(PanelSeat::personId).toList());
        fields.panel = new HashSet<>(people.stream().filter(p -> onPanel.contains(p.getId())).toList());
        form.read(fields);
    }
}
