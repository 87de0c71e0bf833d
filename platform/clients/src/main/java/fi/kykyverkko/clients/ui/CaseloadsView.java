package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.clients.caseloads.Caseloads;
import fi.kykyverkko.clients.caseloads.WorkerCaseload;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Caseloads for managers: every worker's open episodes per service against the service's cap, drawn as a bar so a
 * full caseload shows at a glance, and how many of them have an overdue or missing next step. Counts only.
 */
@Route(value = "clients/caseloads", layout = MainLayout.class)
public class CaseloadsView extends PortalView {

    static final String ROUTE = "clients/caseloads";

    @Inject
    public CaseloadsView(PortalSession session, Caseloads caseloads, Clients clients) {
        super(session, "clients.caseloads.title");
        add(new Paragraph(getTranslation("clients.caseloads.explained")));
        var services = clients.services(tenant());
        List<WorkerCaseload> loads = caseloads.all(tenant(), ClientAccess.of(user(), tenant(), ROUTE));
        StackedTable<WorkerCaseload> table = new StackedTable<>("caseloads");
        table.text(getTranslation("clients.caseloads.worker"), WorkerCaseload::personName)
                .text(getTranslation("clients.episode.service"), w -> services.stream().filter(s -> s.getCode().equals(w.serviceCode())).findFirst()
                        .map(s -> s.getName().in(getLocale())).orElse(w.serviceCode()))
                .component(getTranslation("clients.caseloads.open"), this::bar)
                .figure(getTranslation("clients.caseloads.overdue"), w -> String.valueOf(w.overdue()))
                .whenEmpty(getTranslation("clients.caseloads.none"));
        table.setItems(loads);
        add(table);
    }

    /** The count in words, and a bar against the cap (or against 20 where there is none) that names the same. */
    private Div bar(WorkerCaseload load) {
        Div cell = new Div();
        String text = load.cap().map(cap -> getTranslation("clients.caseloads.of-cap", load.open(), cap))
                .orElse(getTranslation("clients.caseloads.no-cap", load.open()));
        int scale = load.cap().orElse(20);
        double share = Math.min(1.0, load.open() / (double) Math.max(1, scale));
        Div track = new Div();
        track.getStyle().set("height", "0.6rem").set("width", "min(10rem, 100%)").set("background", "var(--lumo-contrast-10pct)")
                .set("border-radius", "0.3rem");
        Div fill = new Div();
        fill.getStyle().set("height", "100%").set("width", Math.round(share * 100) + "%").set("border-radius", "0.3rem")
                .set("background", load.atOrOverCap() ? "var(--lumo-error-color)" : "var(--lumo-primary-color)");
        track.add(fill);
        // the bar repeats the words: screen readers read the words, the bar is decoration
        track.getElement().setAttribute("aria-hidden", "true");
        cell.add(new Paragraph(text + (load.atOrOverCap() ? " – " + getTranslation("clients.caseloads.full") : "")), track);
        return cell;
    }
}
