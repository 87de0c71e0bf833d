package fi.kykyverkko.surveys.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.Surveys;
import jakarta.inject.Inject;

/** The region's surveys ("Kyselyt"): each with its window and live response rate; a new one is made in the builder. */
@Route(value = "surveys", layout = MainLayout.class)
public class SurveysView extends PortalView {

    @Inject
    public SurveysView(PortalSession session, Surveys surveys) {
        super(session, "survey.list.title");
        Button create = new Button(getTranslation("survey.list.new"), e -> Links.navigate(SurveyBuilderView.class));
        create.setId("new-survey");
        add(create);
        StackedTable<Survey> table = new StackedTable<>("surveys");
        table.component(getTranslation("survey.field.title"), s -> Links.link(s.getTitle(), SurveyView.class, "id", String.valueOf(s.getId())))
                .text(getTranslation("survey.field.instrument"), s -> s.getInstrumentCode() + " v" + s.getInstrumentNumber())
                .text(getTranslation("survey.field.window"), s -> PortalTime.date(PortalTime.date(s.getOpensAt()), getLocale())
                        + "–" + PortalTime.date(PortalTime.date(s.getClosesAt()), getLocale()))
                .figure(getTranslation("survey.rate"), s -> surveys.rate(tenant(), user(), s.getId()).text())
                .whenEmpty(getTranslation("survey.list.none"));
        table.setItems(surveys.list(tenant(), user()));
        add(table);
    }
}
