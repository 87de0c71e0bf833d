package fi.kykyverkko.surveys.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.surveys.assessment.IssuedMeasurementLink;
import fi.kykyverkko.surveys.assessment.Measurement;
import fi.kykyverkko.surveys.assessment.SelfAssessments;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import jakarta.inject.Inject;
import java.util.List;

/**
 * One episode's self-assessments: every measurement of its schedule with its day and state, a personal link for the
 * client to answer one (shown once, with its short code, and e-mailed when the client has an address), and for each
 * instrument the change chart with its values and bands.
 */
@Route(value = "surveys/assessments/episode/:episode([0-9]{1,18})", layout = MainLayout.class)
public class MeasurementsView extends PortalView implements BeforeEnterObserver {

    static final String ROUTE = "surveys/assessments/episode";
    static final String EPISODE = "episode";

    private final SelfAssessments assessments;
    private final InstrumentLibrary library;
    private final Div content = new Div();
    private final Div issued = new Div();
    private long episodeId;

    @Inject
    public MeasurementsView(PortalSession session, SelfAssessments assessments, InstrumentLibrary library) {
        super(session, "assessment.episode.title");
        this.assessments = assessments;
        this.library = library;
        content.setWidthFull();
        issued.setId("assessment-issued");
        add(issued, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        episodeId = Long.parseLong(event.getRouteParameters().get(EPISODE).orElse("0"));
        if (!render()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private Access access() {
        return Access.view(user(), ROUTE);
    }

    private boolean render() {
        List<Measurement> measurements = assessments.measurementsOf(tenant(), access(), episodeId);
        content.removeAll();
        if (measurements.isEmpty()) {
            return false;
        }
        boolean team = ClientRoles.isTeam(user(), tenant());
        Checkbox byMail = new Checkbox(getTranslation("assessment.link.by-mail"), true);
        byMail.setId("assessment-by-mail");
        StackedTable<Measurement> table = new StackedTable<>("assessment-measurements");
        table.text(getTranslation("assessment.field.point"), m -> getTranslation("assessment.point." + m.getPointCode()))
                .text(getTranslation("assessment.field.instrument"), m -> m.getInstrumentCode()
                        + m.getInstrumentVersion().map(v -> " v" + v).orElse(""))
                .text(getTranslation("assessment.field.due"), m -> PortalTime.date(m.getDueOn(), getLocale()) + " – "
                        + getTranslation(m.state(PortalTime.today()).labelKey()))
                .text(getTranslation("assessment.field.link"), m -> m.getLinkExpiresAt()
                        .map(t -> getTranslation("assessment.link.valid-until", PortalTime.date(PortalTime.date(t), getLocale())))
                        .orElse(getTranslation("assessment.link.none")));
        if (team) {
            table.component(getTranslation("assessment.field.act"), m -> m.isAnswered() ? new Paragraph()
                    : StackedTable.opener(getTranslation("assessment.link.issue"), () -> issue(m, byMail.getValue())));
        }
        table.setItems(measurements);
        content.add(new H3(getTranslation("assessment.episode.measurements")), table);
        if (team) {
            content.add(byMail);
        }
        String language = AssessmentTexts.instrumentLanguage(getLocale());
        measurements.stream().map(Measurement::getInstrumentCode).distinct().forEach(code ->
                library.latest(tenant(), user(), code).ifPresent(v -> content.add(
                        new ChangeChartPanel("assessment-chart-" + code, v.definition(), measurements, language))));
        return true;
    }

    private void issue(Measurement m, boolean mail) {
        IssuedMeasurementLink link = assessments.issueLink(tenant(), access(), m.getId(), mail ? portalBase() : null);
        issued.removeAll();
        Paragraph path = new Paragraph(getTranslation("assessment.link.issued", link.path(),
                link.link().shortCodeGrouped().orElse("–")));
        path.setId("assessment-issued-link");
        issued.add(path);
        if (mail) {
            issued.add(new Paragraph(getTranslation(link.mailed() ? "assessment.link.mailed" : "assessment.link.no-address")));
        }
        Button done = new Button(getTranslation("assessment.link.hide"), e -> issued.removeAll());
        issued.add(done);
        render();
    }

    /** The portal's own address as the browser reached it, for the link in the e-mail. */
    private static String portalBase() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return null;
        }
        var http = request.getHttpServletRequest();
        String port = (http.getScheme().equals("https") && http.getServerPort() == 443)
                || (http.getScheme().equals("http") && http.getServerPort() == 80) ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath();
    }
}
