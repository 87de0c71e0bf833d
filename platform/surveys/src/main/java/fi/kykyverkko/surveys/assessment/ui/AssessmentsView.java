package fi.kykyverkko.surveys.assessment.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.surveys.assessment.ChangeCount;
import fi.kykyverkko.surveys.assessment.DueMeasurement;
import fi.kykyverkko.surveys.assessment.MeasurementState;
import fi.kykyverkko.surveys.assessment.SelfAssessments;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Arvioinnit: the responsible person's self-assessments that are due or overdue (their clients' episodes), each
 * opening the episode's measurement page, and the change per service (WHO-5 wellbeing and the Work Ability Score)
 * with its denominator and its rule.
 */
@Route(value = "surveys/assessments", layout = MainLayout.class)
public class AssessmentsView extends PortalView {

    static final String ROUTE = "surveys/assessments";

    /** The scores whose change per service the view shows: instrument, score. */
    static final List<String[]> CHANGES = List.of(new String[] {"who-5", "wellbeing"}, new String[] {"work-ability-score", "work-ability"});

    @Inject
    public AssessmentsView(PortalSession session, SelfAssessments assessments, Clients clients) {
        super(session, "assessment.title");
        Map<Long, String> services = clients.services(tenant()).stream()
                .collect(Collectors.toMap(ClientService::getId, s -> s.getName().in(getLocale())));
        List<DueMeasurement> due = assessments.dueFor(tenant(), Access.view(user(), ROUTE));
        long overdue = due.stream().filter(d -> d.state() == MeasurementState.OVERDUE).count();
        Paragraph summary = new Paragraph(getTranslation("assessment.due.summary", due.size(), overdue));
        summary.setId("assessment-due-summary");
        add(new H3(getTranslation("assessment.due.title")), summary);
        StackedTable<DueMeasurement> table = new StackedTable<>("assessment-due");
        table.component(getTranslation("assessment.field.client"), d -> Links.link(d.clientName(), MeasurementsView.class,
                        MeasurementsView.EPISODE, String.valueOf(d.episodeId())))
                .text(getTranslation("assessment.field.service"), d -> services.getOrDefault(d.serviceId(), "?"))
                .text(getTranslation("assessment.field.point"), d -> pointName(d.pointCode()))
                .text(getTranslation("assessment.field.instrument"), DueMeasurement::instrumentCode)
                .component(getTranslation("assessment.field.due"), this::dueOn)
                .text(getTranslation("assessment.field.link"), d -> getTranslation(d.linkIssued() ? "assessment.link.sent" : "assessment.link.none"))
                .whenEmpty(getTranslation("assessment.due.none"));
        table.setItems(due);
        add(table);

        add(new H3(getTranslation("assessment.change.title")));
        Paragraph rule = new Paragraph(getTranslation("assessment.change.rule"));
        rule.setId("assessment-change-rule");
        add(rule);
        for (String[] score : CHANGES) {
            List<ChangeCount> counts = assessments.changeByService(tenant(), user(), score[0], score[1]);
            StackedTable<ChangeCount> change = new StackedTable<>("assessment-change-" + score[0]);
            change.text(getTranslation("assessment.field.service"), c -> services.getOrDefault(c.serviceId(), "?"))
                    .figure(getTranslation("assessment.change.improved"), c -> share(c.improved(), c.people()))
                    .figure(getTranslation("assessment.change.unchanged"), c -> share(c.unchanged(), c.people()))
                    .figure(getTranslation("assessment.change.worse"), c -> share(c.worse(), c.people()))
                    .figure(getTranslation("assessment.change.people"), c -> String.valueOf(c.people()))
                    .figure(getTranslation("assessment.change.only-one"), c -> String.valueOf(c.onlyOne()))
                    .whenEmpty(getTranslation("assessment.change.none"));
            change.setItems(counts);
            add(new Paragraph(getTranslation("assessment.change.of", score[0], scoreName(score[1]))), change);
        }
    }

    /** "3/10" with the denominator, never a bare percentage. */
    static String share(int count, int of) {
        return count + "/" + of;
    }

    private Span dueOn(DueMeasurement d) {
        Span day = new Span(PortalTime.date(d.dueOn(), getLocale()) + " – " + getTranslation(d.state().labelKey()));
        if (d.state() == MeasurementState.OVERDUE) {
            day.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return day;
    }

    private String pointName(String code) {
        return getTranslation("assessment.point." + code);
    }

    private String scoreName(String code) {
        return getTranslation("assessment.score." + code);
    }
}
