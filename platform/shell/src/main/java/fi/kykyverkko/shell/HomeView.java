package fi.kykyverkko.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.schema.StartupState;
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
                                : session.rolesInActiveTenant().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")))),
                () -> where.setText(getTranslation("shell.no-tenant")));
        add(where);

        H3 canDo = new H3(getTranslation("home.what-you-can-do"));
        UnorderedList actions = new UnorderedList();
        actions.setId("what-you-can-do");
        for (ModuleView view : ViewAccess.menu(session, modules)) {
            if (view.route() != HomeView.class) {
                actions.add(new ListItem(new RouterLink(getTranslation(view.titleKey()), ViewAccess.route(view))));
            }
        }
        add(canDo, actions);

        H3 waiting = new H3(getTranslation("home.waiting"));
        Div cards = new Div(new Paragraph(getTranslation("home.nothing-waiting")));
        cards.setId("home-cards");
        add(waiting, cards);

        if (!startup.isReady()) {
            Paragraph status = new Paragraph(getTranslation("home.status.waiting", startup.detail()));
            status.getElement().setAttribute("role", "status");
            add(status);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – " + getTranslation("app.name");
    }
}
