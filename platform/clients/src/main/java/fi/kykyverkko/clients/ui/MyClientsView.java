package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.clients.caseloads.CaseloadRow;
import fi.kykyverkko.clients.caseloads.Caseloads;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;

/**
 * My clients: the open episodes the person is responsible for, overdue first, with the phase, the next step and its
 * day, and how long the episode has been in its phase.
 */
@Route(value = "clients/mine", layout = MainLayout.class)
public class MyClientsView extends PortalView {

    static final String ROUTE = "clients/mine";

    @Inject
    public MyClientsView(PortalSession session, Caseloads caseloads, Clients clients) {
        super(session, "clients.mine.title");
        List<CaseloadRow> rows = caseloads.mine(tenant(), ClientAccess.of(user(), tenant(), ROUTE));
        long overdue = rows.stream().filter(CaseloadRow::overdue).count();
        Paragraph summary = new Paragraph(getTranslation("clients.mine.summary", rows.size(), overdue));
        summary.setId("my-clients-summary");
        add(summary);
        var services = clients.services(tenant());
        var phases = clients.phases(tenant());
        StackedTable<CaseloadRow> table = new StackedTable<>("my-clients");
        table.component(getTranslation("clients.field.name"), r -> Links.link(r.clientName(), ClientCardView.class, "id", String.valueOf(r.clientId())))
                .text(getTranslation("clients.episode.service"), r -> services.stream().filter(s -> s.getCode().equals(r.serviceCode())).findFirst()
                        .map(s -> s.getName().in(getLocale())).orElse(r.serviceCode()))
                .text(getTranslation("clients.episode.phase"), r -> phases.stream().filter(p -> p.getCode().equals(r.phase())).findFirst()
                        .map(p -> p.getName().in(getLocale())).orElse(r.phase()))
                .component(getTranslation("clients.episode.next-step"), r -> nextStep(r))
                .figure(getTranslation("clients.mine.days-in-phase"), r -> String.valueOf(r.daysInPhase()))
                .whenEmpty(getTranslation("clients.mine.none"));
        table.setItems(rows);
        add(table);
    }

    private Span nextStep(CaseloadRow row) {
        if (row.nextStep() == null) {
            Span none = new Span(getTranslation("clients.mine.nothing-planned"));
            none.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            return none;
        }
        Span step = new Span(row.nextStep() + " (" + PortalTime.date(row.nextStepOn(), getLocale()) + ")"
                + (row.overdue() ? " – " + getTranslation("clients.mine.overdue") : ""));
        if (row.overdue()) {
            step.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return step;
    }
}
