package fi.kykyverkko.surveys.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.surveys.assessment.Anchor;
import fi.kykyverkko.surveys.assessment.SchedulePoint;
import fi.kykyverkko.surveys.assessment.SelfAssessments;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The region's measurement schedule, for its managers and admins: region-wide or for one service, the points in order
 * (code, counted from the start or the end, days, instrument); add, remove, save, or go back to what applies without
 * one (the region's, else the default: start, about 6 months, end with WHO-5 and the Work Ability Score).
 */
@Route(value = "surveys/assessments/schedule", layout = MainLayout.class)
public class ScheduleView extends PortalView {

    static final String REGION_WIDE = "";

    private final SelfAssessments assessments;
    private final Select<String> scope = new Select<>();
    private final StackedTable<SchedulePoint> table = new StackedTable<>("schedule-points");
    private final Paragraph note = new Paragraph();
    private final Div problems = new Div();
    private final List<SchedulePoint> points = new ArrayList<>();

    @Inject
    public ScheduleView(PortalSession session, SelfAssessments assessments, Clients clients, InstrumentLibrary library) {
        super(session, "assessment.schedule.title");
        this.assessments = assessments;
        Map<String, String> services = clients.services(tenant()).stream().filter(ClientService::isActive)
                .collect(Collectors.toMap(ClientService::getCode, s -> s.getName().in(getLocale()), (a, b) -> a, java.util.LinkedHashMap::new));
        List<String> scopes = new ArrayList<>(List.of(REGION_WIDE));
        scopes.addAll(services.keySet());
        scope.setId("schedule-scope");
        scope.setLabel(getTranslation("assessment.schedule.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("assessment.schedule.region-wide") : services.get(c));
        scope.addValueChangeListener(e -> load());
        note.setId("schedule-note");
        table.text(getTranslation("assessment.field.point"), p -> p.code())
                .text(getTranslation("assessment.schedule.when"), p -> getTranslation("assessment.schedule.anchor."
                        + p.anchor().name().toLowerCase(Locale.ROOT), p.offsetDays()))
                .text(getTranslation("assessment.field.instrument"), SchedulePoint::instrumentCode)
                .component(getTranslation("assessment.field.act"), p -> StackedTable.opener(getTranslation("assessment.schedule.remove"), () -> {
                    points.remove(p);
                    table.setItems(points);
                }))
                .whenEmpty(getTranslation("assessment.schedule.empty"));

        TextField code = new TextField(getTranslation("assessment.schedule.point-code"));
        code.setId("schedule-code");
        Select<Anchor> anchor = new Select<>();
        anchor.setId("schedule-anchor");
        anchor.setLabel(getTranslation("assessment.schedule.anchor"));
        anchor.setItems(Anchor.values());
        anchor.setItemLabelGenerator(a -> getTranslation("assessment.schedule.anchor-" + a.name().toLowerCase(Locale.ROOT)));
        anchor.setValue(Anchor.START);
        IntegerField days = new IntegerField(getTranslation("assessment.schedule.days"));
        days.setId("schedule-days");
        days.setValue(0);
        Select<String> instrument = new Select<>();
        instrument.setId("schedule-instrument");
        instrument.setLabel(getTranslation("assessment.field.instrument"));
        instrument.setItems(library.list(tenant(), user()).stream().map(InstrumentVersion::getCode).toList());
        Button add = new Button(getTranslation("assessment.schedule.add"), e -> {
            problems.removeAll();
            try {
                points.add(new SchedulePoint(Problems.clean(code.getValue()), anchor.getValue(), days.getValue() == null ? -1 : days.getValue(),
                        instrument.getValue()));
                table.setItems(points);
            } catch (InvalidInputException refused) {
                show(refused);
            }
        });
        add.setId("schedule-add");
        Button save = new Button(getTranslation("assessment.schedule.save"), e -> save(List.copyOf(points)));
        save.setId("schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("assessment.schedule.reset"), e -> save(List.of()));
        reset.setId("schedule-reset");
        Div form = new Div(code, anchor, days, instrument, add);
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem").set("align-items", "baseline");
        Div buttons = new Div(save, reset);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem");
        problems.setId("schedule-problems");
        add(scope, note, table, form, buttons, problems);
        scope.setValue(REGION_WIDE);
    }

    private String chosen() {
        return scope.getValue() == null || scope.getValue().isEmpty() ? null : scope.getValue();
    }

    private void load() {
        List<SchedulePoint> stored = assessments.storedSchedules(tenant()).getOrDefault(scope.getValue() == null ? REGION_WIDE : scope.getValue(), List.of());
        points.clear();
        if (stored.isEmpty()) {
            points.addAll(assessments.schedule(tenant(), chosen()).points());
            note.setText(getTranslation(chosen() == null ? "assessment.schedule.default-applies" : "assessment.schedule.region-applies"));
        } else {
            points.addAll(stored);
            note.setText(getTranslation("assessment.schedule.own"));
        }
        table.setItems(points);
    }

    private void save(List<SchedulePoint> wanted) {
        problems.removeAll();
        try {
            assessments.setSchedule(tenant(), user(), chosen(), wanted);
            notify(getTranslation("assessment.schedule.saved"), false);
            load();
        } catch (InvalidInputException refused) {
            show(refused);
        }
    }

    private void show(InvalidInputException refused) {
        refused.problems().list().forEach(p -> problems.add(new Paragraph(getTranslation(p.key(), p.args().toArray()))));
    }
}
