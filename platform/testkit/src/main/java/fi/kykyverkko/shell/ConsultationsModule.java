package fi.kykyverkko.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeContext;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import java.util.List;
import java.util.Set;

/**
 * A stand-in for a region plugin in the view tests: optional (on only where a tenant names it), one view for
 * every member of the region and one for managers only. Texts in {@code src/test/resources/i18n/consultations*}.
 */
public class ConsultationsModule extends DeclaredModule {

    public static final String ID = "consultations";

    public ConsultationsModule() {
        super(ID, new LocalizedText("Konsultaatioajat", "Konsultationstider", "Consultation hours"), false);
    }

    @Override
    public String tenantMigrations() {
        return null;
    }

    @Override
    public List<ModuleView> views() {
        return List.of(
                new ModuleView(ConsultationsView.class, "consultations.title", "vaadin:calendar", Set.of(), true),
                new ModuleView(ConsultationReportsView.class, "consultations.reports.title", "vaadin:chart", Set.of(Roles.MANAGER), true));
    }

    @Override
    public String aboutKey() {
        return "consultations.about";
    }

    /** Managers get a card of what waits (a count and a link) and one of what is coming; everyone else nothing. */
    @Override
    public List<HomeCard> homeCards(HomeContext context) {
        if (!context.hasAnyRole(Roles.MANAGER)) {
            return List.of();
        }
        return List.of(
                new HomeCard("consultations.card.coming-title", false,
                        List.of(HomeCard.Line.text("consultations.card.next", "ti 15.12.2026")), HomeCard.Section.COMING),
                new HomeCard("consultations.card.title", true,
                        List.of(HomeCard.Line.link(ConsultationsView.class, null, "consultations.card.waiting", 3))));
    }

    /** Any member of a region that has the module on. */
    @Route(value = "consultations", layout = MainLayout.class)
    public static class ConsultationsView extends Div {
        public ConsultationsView() {
            setId("consultations-view");
        }
    }

    /** Managers only. */
    @Route(value = "consultations/reports", layout = MainLayout.class)
    public static class ConsultationReportsView extends Div {
        public ConsultationReportsView() {
            setId("consultation-reports-view");
        }
    }

    /** A route no module declares: the guard must not let anyone in, platform admins included. */
    @Route(value = "undeclared", layout = MainLayout.class)
    public static class UndeclaredView extends Div {
        public UndeclaredView() {
            setId("undeclared-view");
        }
    }
}
