package fi.kykyverkko.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeContext;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.schema.StartupState;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/**
 * The front page after login: who you are and where, what you can do here (the views the active region's
 * modules offer to your roles) and what waits for you (modules will contribute cards).
 */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public HomeView(PortalSession session, ModuleRegistry modules, StartupState startup) {
        H2 welcome = new H2(getTranslation("home.welcome", session.user().displayName()));
        welcome.setId("welcome");
        add(welcome, new Paragraph(getTranslation("home.intro")));

        Paragraph where = new Paragraph();
        where.setId("where");
        session.activeTenantDetails().ifPresentOrElse(
                tenant -> where.setText(getTranslation("home.you-are-in", tenant.names().in(getLocale()),
                        session.rolesInActiveTenant().isEmpty() ? getTranslation("role.none")
                                : session.rolesInActiveTenant().stream().map(r -> fi.kykyverkko.kernel.security.Roles.PLATFORM_ADMIN.equals(r)
                                        ? getTranslation("role.platform-admin") : modules.roleLabel(r, getLocale())).collect(Collectors.joining(", ")))),
                () -> where.setText(getTranslation("shell.no-tenant")));
        add(where);

        H3 canDo = new H3(getTranslation("home.what-you-can-do"));
        UnorderedList actions = new UnorderedList();
        actions.setId("what-you-can-do");
        for (ModuleView view : ViewAccess.menu(session, modules)) {
            if (view.route() != HomeView.class) {
                actions.add(new ListItem(Links.link(getTranslation(view.titleKey()), ViewAccess.route(view))));
            }
        }
        add(canDo, actions);

        H3 waiting = new H3(getTranslation("home.waiting"));
        Div cards = new Div();
        cards.setId("home-cards");
        session.activeTenantDetails().ifPresent(tenant -> {
            HomeContext context = new HomeContext(tenant.tenantId(), session.user());
            for (PortalModule module : modules.enabledFor(tenant)) {
                for (HomeCard card : cardsOf(module, context)) {
                    cards.add(card(card));
                }
            }
        });
        if (cards.getComponentCount() == 0) {
            cards.add(new Paragraph(getTranslation("home.nothing-waiting")));
        }
        add(waiting, cards);

        if (!startup.isReady()) {
            Paragraph status = new Paragraph(getTranslation("home.status.waiting", startup.detail()));
            status.getElement().setAttribute("role", "status");
            add(status);
        }
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

    private Div card(HomeCard card) {
        Div box = new Div();
        box.addClassName("home-card");
        box.getElement().setAttribute("role", "region");
        H4 title = new H4(getTranslation(card.titleKey()));
        String titleId = "card-" + card.titleKey().replaceAll("[^a-zA-Z0-9]", "-");
        title.setId(titleId);
        box.getElement().setAttribute("aria-labelledby", titleId);
        box.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        if (card.attention()) {
            box.getStyle().set("border-left", "6px solid var(--lumo-error-color)");
        }
        UnorderedList lines = new UnorderedList();
        for (HomeCard.Line line : card.lines()) {
            String text = getTranslation(line.textKey(), line.args().toArray());
            if (line.route() != null && com.vaadin.flow.component.Component.class.isAssignableFrom(line.route())) {
                lines.add(new ListItem(line.routeParameter() == null ? Links.link(text, ViewAccess.route(line.route()))
                        : Links.link(text, ViewAccess.route(line.route()), "id", line.routeParameter())));
            } else {
                lines.add(new ListItem(text));
            }
        }
        box.add(title, lines);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – " + getTranslation("app.name");
    }
}
