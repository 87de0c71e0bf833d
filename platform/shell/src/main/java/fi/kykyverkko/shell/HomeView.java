package fi.kykyverkko.shell;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeContext;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.schema.StartupState;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.admin.RegionLabels;
import fi.kykyverkko.shell.admin.TenantsView;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The front page after login, a working page for the person in the active region: what the region's modules
 * do, and the modules' cards in three sections — what waits for them, what is coming, what changed. A platform
 * administrator also gets the platform's page: the regions, and where to create one.
 */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private final PortalSession session;
    private final ModuleRegistry modules;

    @Inject
    public HomeView(PortalSession session, ModuleRegistry modules, TenantRegistry tenants, StartupState startup) {
        this.session = session;
        this.modules = modules;
        setWidthFull();
        setMaxWidth("80rem");
        H2 welcome = new H2(getTranslation("home.welcome", session.user().displayName()));
        welcome.setId("welcome");
        add(welcome);

        Paragraph where = new Paragraph();
        where.setId("where");
        add(where);
        session.activeTenantDetails().ifPresentOrElse(tenant -> {
            where.setText(getTranslation("home.you-are-in", tenant.names().in(getLocale()),
                    session.rolesInActiveTenant().isEmpty() ? getTranslation("role.none")
                            : session.rolesInActiveTenant().stream().map(r -> fi.kykyverkko.kernel.security.Roles.PLATFORM_ADMIN.equals(r)
                                    ? getTranslation("role.platform-admin") : modules.roleLabel(r, getLocale())).collect(Collectors.joining(", "))));
            add(about(tenant), cards(tenant));
        }, () -> where.setText(getTranslation(session.user().platformAdmin() ? "home.platform.you-are" : "shell.no-tenant")));

        if (session.user().platformAdmin()) {
            add(platform(tenants));
        }
        if (!startup.isReady()) {
            Paragraph status = new Paragraph(getTranslation("home.status.waiting", startup.detail()));
            status.getElement().setAttribute("role", "status");
            add(status);
        }
    }

    /** What the region's modules do, in their own words: only modules that are on here and that show the person a view. */
    private Div about(Tenant tenant) {
        Div about = new Div();
        about.setId("home-about");
        about.add(new Paragraph(getTranslation("home.intro")));
        for (PortalModule module : modules.enabledFor(tenant)) {
            boolean seen = module.views().stream().anyMatch(v -> v.inMenu() && ViewAccess.allows(session, modules, module, v));
            if (module.aboutKey() != null && seen) {
                about.add(new Paragraph(getTranslation(module.aboutKey())));
            }
        }
        return about;
    }

    /** Every module's cards for the person, by section; a section without cards says so. */
    private Div cards(Tenant tenant) {
        HomeContext context = new HomeContext(tenant.tenantId(), session.user(), getLocale());
        Map<HomeCard.Section, List<HomeCard>> bySection = new EnumMap<>(HomeCard.Section.class);
        for (PortalModule module : modules.enabledFor(tenant)) {
            for (HomeCard card : cardsOf(module, context)) {
                bySection.computeIfAbsent(card.section(), s -> new ArrayList<>()).add(card);
            }
        }
        Div cards = new Div();
        cards.setId("home-cards");
        for (HomeCard.Section section : HomeCard.Section.values()) {
            String name = section.name().toLowerCase(java.util.Locale.ROOT);
            Section part = section("home-" + name, getTranslation("home.section." + name));
            List<HomeCard> these = bySection.getOrDefault(section, List.of()).stream()
                    .sorted(Comparator.comparing(c -> !c.attention())).toList(); // asking for action first
            if (these.isEmpty()) {
                part.add(new Paragraph(getTranslation("home.section." + name + ".none")));
            } else {
                Div grid = grid();
                these.forEach(c -> grid.add(card(c)));
                part.add(grid);
            }
            cards.add(part);
        }
        return cards;
    }

    /** The platform administrator's own page: every region, and where to create one. */
    private Section platform(TenantRegistry tenants) {
        Section part = section("home-platform", getTranslation("home.platform.title"));
        List<Tenant> all = tenants.all();
        part.add(new Paragraph(getTranslation("home.platform.count", all.size())));
        UnorderedList regions = new UnorderedList();
        regions.setId("home-regions");
        RegionLabels labels = new RegionLabels(modules, tenants, this);
        for (Tenant t : all) {
            String optional = labels.modules(t.modules(), getLocale());
            regions.add(new ListItem(getTranslation(optional.isEmpty() ? "home.platform.region" : "home.platform.region-with",
                    t.names().in(getLocale()), t.municipalities().size(), optional)));
        }
        RouterLink manage = Links.link(getTranslation("home.platform.manage"), TenantsView.class);
        manage.setId("home-manage-regions");
        part.add(regions, new Paragraph(manage));
        return part;
    }

    private Section section(String id, String title) {
        Section part = new Section();
        part.setId(id);
        part.setWidthFull();
        H3 heading = new H3(title);
        heading.setId(id + "-title");
        part.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        part.add(heading);
        return part;
    }

    /** Cards side by side where there is room, one under the other on a phone. */
    private static Div grid() {
        Div grid = new Div();
        grid.addClassName("home-card-grid");
        grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 20rem), 1fr))");
        return grid;
    }

    /** A module's failure to compute its cards must not take the front page down with it. */
    private static java.util.List<HomeCard> cardsOf(PortalModule module, HomeContext context) {
        try {
            return module.homeCards(context);
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(HomeView.class.getName())
                    .log(java.util.logging.Level.WARNING, "Home cards of module " + module.id() + " failed", e);
            return java.util.List.of();
        }
    }

    private Article card(HomeCard card) {
        Article box = new Article();
        box.addClassName("home-card");
        H4 title = new H4(getTranslation(card.titleKey()));
        String titleId = "card-" + card.titleKey().replaceAll("[^a-zA-Z0-9]", "-");
        title.setId(titleId);
        title.getStyle().set("margin", "var(--lumo-space-s) 0");
        box.getElement().setAttribute("aria-labelledby", titleId);
        box.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)").set("overflow-wrap", "anywhere").set("min-width", "0");
        box.add(title);
        if (card.attention()) {
            // said in words too, not only by the colour of the edge
            box.getStyle().set("border-left", "6px solid var(--lumo-error-color)");
            Paragraph flag = new Paragraph(getTranslation("home.attention"));
            flag.addClassName("home-card-attention");
            flag.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600").set("margin", "0");
            box.add(flag);
        }
        UnorderedList lines = new UnorderedList();
        lines.getStyle().set("padding-left", "var(--lumo-space-m)");
        for (HomeCard.Line line : card.lines()) {
            String text = getTranslation(line.textKey(), line.args().toArray());
            if (line.route() != null && com.vaadin.flow.component.Component.class.isAssignableFrom(line.route())) {
                lines.add(new ListItem(line.routeParameter() == null ? Links.link(text, ViewAccess.route(line.route()))
                        : Links.link(text, ViewAccess.route(line.route()), "id", line.routeParameter())));
            } else {
                lines.add(new ListItem(text));
            }
        }
        box.add(lines);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – " + getTranslation("app.name");
    }
}
