package fi.kykyverkko.surveys.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.surveys.survey.Access;
import fi.kykyverkko.surveys.survey.InviteReport;
import fi.kykyverkko.surveys.survey.Invitation;
import fi.kykyverkko.surveys.survey.Reminders;
import fi.kykyverkko.surveys.survey.Results;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.Surveys;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;

/** One survey: invite addresses, send reminders now, the open link, who is invited, answered and reminded, live results. */
@Route(value = "surveys/survey/:id([0-9]{1,18})", layout = MainLayout.class)
public class SurveyView extends PortalView implements BeforeEnterObserver {

    private final Surveys surveys;
    private final Reminders reminders;
    private final Results results;
    private final Div content = new Div();
    private Survey survey;

    @Inject
    public SurveyView(PortalSession session, Surveys surveys, Reminders reminders, Results results) {
        super(session, "survey.view.title");
        this.surveys = surveys;
        this.reminders = reminders;
        this.results = results;
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        Optional<Survey> found = surveys.find(tenant(), user(), id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        survey = found.get();
        show();
    }

    private void show() {
        content.removeAll();
        content.add(new H3(survey.getTitle()));
        Paragraph rate = new Paragraph(getTranslation("survey.rate") + ": " + surveys.rate(tenant(), user(), survey.getId()).text());
        rate.setId("response-rate");
        content.add(rate);
        if (survey.getAccess() == Access.OPEN_LINK) {
            Button link = new Button(getTranslation("survey.view.open-link"), e -> {
                var issued = surveys.openLink(tenant(), user(), survey.getId());
                String address = surveys.address(tenant(), issued.token());
                Paragraph shown = new Paragraph(getTranslation("survey.view.open-link-shown", address, issued.shortCodeGrouped().orElse("")));
                shown.setId("open-link-shown");
                content.add(shown, qrCode(address));
            });
            link.setId("issue-open-link");
            content.add(link);
        } else {
            invitations();
        }
        com.vaadin.flow.component.html.Anchor csv = new com.vaadin.flow.component.html.Anchor(new com.vaadin.flow.server.StreamResource(
                "kysely-" + survey.getId() + ".csv", () -> new java.io.ByteArrayInputStream(results.csv(tenant(), user(), survey.getId()))),
                getTranslation("survey.results.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("results-csv");
        com.vaadin.flow.server.StreamResource workbook = new com.vaadin.flow.server.StreamResource("kysely-" + survey.getId() + ".xlsx",
                () -> new java.io.ByteArrayInputStream(results.table(tenant(), user(), survey.getId()).xlsx(survey.getTitle())));
        workbook.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        com.vaadin.flow.component.html.Anchor xlsx = new com.vaadin.flow.component.html.Anchor(workbook, getTranslation("survey.results.xlsx"));
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId("results-xlsx");
        com.vaadin.flow.component.html.Div downloads = new com.vaadin.flow.component.html.Div(csv, xlsx);
        downloads.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        content.add(downloads);
        content.add(new ResultsPanel(results.of(tenant(), user(), survey.getId()), surveys.require(tenant(), survey.getId())));
    }

    /** The open link as a QR code to show on screen, and as an SVG file to print on paper. */
    private com.vaadin.flow.component.Component qrCode(String address) {
        byte[] svg = fi.kykyverkko.kernel.links.QrCode.svgBytes(address, getTranslation("survey.view.qr", survey.getTitle()));
        com.vaadin.flow.server.StreamResource file = new com.vaadin.flow.server.StreamResource("kysely-" + survey.getId() + "-qr.svg",
                () -> new java.io.ByteArrayInputStream(svg));
        file.setContentType("image/svg+xml");
        com.vaadin.flow.component.html.Image image = new com.vaadin.flow.component.html.Image(file, getTranslation("survey.view.qr", survey.getTitle()));
        image.setId("open-link-qr");
        image.setWidth("min(16rem, 100%)");
        com.vaadin.flow.component.html.Anchor print = new com.vaadin.flow.component.html.Anchor(file, getTranslation("survey.view.qr-download"));
        print.getElement().setAttribute("download", true);
        print.setId("open-link-qr-download");
        return new com.vaadin.flow.component.html.Div(image, new com.vaadin.flow.component.html.Div(print));
    }

    private void invitations() {
        TextArea addresses = new TextArea(getTranslation("survey.view.addresses"));
        addresses.setId("addresses");
        addresses.setWidthFull();
        Button send = new Button(getTranslation("survey.view.invite"), e -> {
            InviteReport report = surveys.invite(tenant(), user(), survey.getId(), Arrays.asList(addresses.getValue().split("[\\s,;]+")),
                    getLocale().getLanguage());
            show();
            Paragraph shown = new Paragraph(getTranslation("survey.view.invited", report.invited(), report.alreadyInvited().size(), report.refused().size()));
            shown.setId("invite-report");
            content.addComponentAtIndex(2, shown);
        });
        send.setId("send-invitations");
        Button remind = new Button(getTranslation("survey.view.remind-now"), e -> {
            int sent = reminders.remindNow(tenant(), user(), survey.getId());
            show();
            Paragraph report = new Paragraph(getTranslation("survey.view.reminded", sent));
            report.setId("remind-report");
            content.addComponentAtIndex(2, report);
        });
        remind.setId("remind-now");
        StackedTable<Invitation> table = new StackedTable<>("invitations");
        table.text(getTranslation("survey.view.email"), Invitation::getEmail)
                .text(getTranslation("survey.view.invited-at"), i -> PortalTime.date(PortalTime.date(i.getInvitedAt()), getLocale()))
                .text(getTranslation("survey.view.answered"), i -> getTranslation(i.isAnswered() ? "survey.view.yes" : "survey.view.no"))
                .figure(getTranslation("survey.view.reminders"), i -> String.valueOf(i.getRemindersSent()))
                .whenEmpty(getTranslation("survey.view.no-invitations"));
        table.setItems(surveys.invitations(tenant(), user(), survey.getId()));
        content.add(addresses, send, remind, table);
    }
}
