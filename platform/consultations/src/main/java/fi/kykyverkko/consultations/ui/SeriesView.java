package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.consultations.ConsultationRoles;
import fi.kykyverkko.consultations.series.ConsultationHours;
import fi.kykyverkko.consultations.series.ConsultationSeries;
import fi.kykyverkko.consultations.series.PanelSeat;
import fi.kykyverkko.consultations.series.Recurrence;
import fi.kykyverkko.consultations.sessions.ConsultationSession;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;

/** One series: its purpose and rules, panel, who may book, and its coming sessions each with its own booking deadline. */
@Route(value = "consultations/series/:id([0-9]{1,18})", layout = MainLayout.class)
public class SeriesView extends PortalView implements BeforeEnterObserver {

    /** Generated at once: the coming twelve weeks. */
    static final int GENERATE_WEEKS = 12;

    private final ConsultationHours hours;
    private final Div content = new Div();
    private ConsultationSeries series;

    @Inject
    public SeriesView(PortalSession session, ConsultationHours hours) {
        super(session, "consultations.series.title");
        this.hours = hours;
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        var found = hours.find(tenant(), user(), id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        series = found.get();
        show();
    }

    private void show() {
        content.removeAll();
        content.add(new H3(series.getTitle()));
        paragraph("consultations.field.purpose", series.getPurpose(), "series-purpose");
        paragraph("consultations.field.ground-rules", series.getGroundRules(), "series-rules");
        paragraph("consultations.field.rhythm", ConsultationTexts.rhythm(this, series), "series-rhythm");
        paragraph("consultations.field.place", ConsultationTexts.place(series), "series-place");
        paragraph("consultations.field.capacity", String.valueOf(series.getCapacityPerHour()), "series-capacity");
        paragraph("consultations.field.who-may-book", whoMayBook(), "series-who");
        paragraph("consultations.field.deadline-rule", getTranslation("consultations.deadline.rule",
                series.deadlineRule().workingDaysBefore(), series.deadlineRule().time().toString()), "series-deadline-rule");
        content.add(new H4(getTranslation("consultations.panel.title")));
        StackedTable<PanelSeat> panel = new StackedTable<>("panel");
        panel.text(getTranslation("consultations.panel.name"), PanelSeat::name)
                .text(getTranslation("consultations.panel.profession"), PanelSeat::profession)
                .text(getTranslation("consultations.panel.organisation"), s -> s.organisation() == null ? "" : s.organisation())
                .whenEmpty(getTranslation("consultations.panel.none"));
        panel.setItems(hours.panel(tenant(), series.getId()));
        content.add(panel);
        if (ConsultationRoles.canOrganise(user(), tenant())) {
            organiserActions();
        }
        content.add(new H4(getTranslation("consultations.sessions.title")));
        StackedTable<ConsultationSession> sessions = new StackedTable<>("sessions");
        sessions.component(getTranslation("consultations.session.when"),
                        s -> Links.link(ConsultationTexts.when(this, s), SessionView.class, "id", String.valueOf(s.getId())))
                .text(getTranslation("consultations.session.deadline"), s -> ConsultationTexts.deadline(this, s))
                .text(getTranslation("consultations.session.state"), s -> getTranslation(s.getState().labelKey()))
                .figure(getTranslation("consultations.session.free"), s -> String.valueOf(s.freePlaces()))
                .whenEmpty(getTranslation("consultations.sessions.none"));
        sessions.setItems(hours.sessions(tenant(), user(), series.getId(), PortalTime.today()));
        content.add(sessions);
    }

    private void organiserActions() {
        Button edit = new Button(getTranslation("consultations.series.edit"),
                e -> Links.navigate(SeriesEditorView.class, "id", String.valueOf(series.getId())));
        edit.setId("edit-series");
        content.add(edit);
        if (series.getRecurrence() != Recurrence.AD_HOC) {
            Button generate = new Button(getTranslation("consultations.sessions.generate", GENERATE_WEEKS), e -> {
                int made = hours.generate(tenant(), user(), series.getId(), PortalTime.today(), PortalTime.today().plusWeeks(GENERATE_WEEKS)).size();
                notify(getTranslation("consultations.sessions.generated", made), false);
                show();
            });
            generate.setId("generate-sessions");
            content.add(generate);
        }
        DatePicker date = Pickers.date(getTranslation("consultations.session.date"), getLocale());
        date.setId("session-date");
        Button addSession = new Button(getTranslation("consultations.sessions.add"), e -> {
            try {
                hours.addSession(tenant(), user(), series.getId(), date.getValue());
                show();
            } catch (InvalidInputException invalid) {
                date.setInvalid(true);
                date.setErrorMessage(String.join(" ", invalid.problems().list().stream().map(p -> getTranslation(p.key())).toList()));
            }
        });
        addSession.setId("add-session");
        content.add(new Div(date, addSession));
    }

    private String whoMayBook() {
        if (series.getAllowedProfessions().isEmpty() && series.getAllowedOrganisations().isEmpty()) {
            return getTranslation("consultations.who.everyone");
        }
        return String.join(", ", series.getAllowedProfessions()) + (series.getAllowedOrganisations().isEmpty() ? ""
                : " / " + String.join(", ", series.getAllowedOrganisations()));
    }

    private void paragraph(String labelKey, String value, String id) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph p = new Paragraph(getTranslation(labelKey) + ": " + value);
        p.setId(id);
        content.add(p);
    }
}
