package fi.kykyverkko.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RoutePrefix;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal shell: the active region's name and theme, a menu built from the modules the region has on and
 * the user's roles allow, and the user's controls (their regions, language, logout).
 *
 * <p>Every view inside it has the region as the first segment of its address ({@link RoutePrefix}), so that a link
 * names its region; {@link Links} fills it in. The controls live in the drawer, under the menu, as in Vaadin's own
 * layouts: on a desktop the drawer is always open beside the page, on a phone it is one tap away, so nothing is ever
 * pushed off a narrow screen.
 */
@RoutePrefix(":" + Links.REGION + "([a-z][a-z0-9-]*)")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final PortalSession session;
    private final ModuleRegistry modules;
    private final TenantRegistry tenants;
    private final TenantThemes themes;
    private final H1 regionName = new H1();
    private final Image logo = new Image();
    private final SideNav menu = new SideNav();
    private final Div controls = new Div();
    private TenantId shown;

    @Inject
    public MainLayout(PortalSession session, ModuleRegistry modules, TenantRegistry tenants, TenantThemes themes) {
        this.session = session;
        this.modules = modules;
        this.tenants = tenants;
        this.themes = themes;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("menu-toggle");
        toggle.setAriaLabel(getTranslation("shell.menu"));
        regionName.setId("region-name");
        regionName.addClassName("kyky-region-name");
        logo.setId("region-logo");
        logo.setHeight("32px");
        HorizontalLayout bar = new HorizontalLayout(toggle, logo, regionName);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(regionName);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)").set("min-width", "0");
        Header header = new Header(bar);
        header.setWidthFull();
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-m)").set("display", "block");
        menu.setId("main-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("shell.menu"));
        controls.setId("user-controls");
        controls.getStyle().set("padding", "var(--lumo-space-m)").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)").set("border-top", "1px solid var(--lumo-contrast-10pct)");
        Nav drawer = new Nav(brand, menu, controls);
        drawer.getElement().setAttribute("aria-label", getTranslation("shell.drawer"));
        drawer.getStyle().set("display", "flex").set("flex-direction", "column").set("min-height", "100%");
        menu.getStyle().set("flex-grow", "1");
        addToDrawer(drawer);
        refresh();
    }

    /** Region switcher, language, the person's name and logout, at the foot of the drawer. */
    private void buildControls() {
        controls.removeAll();
        if (session.user().tenants().size() > 1) {
            controls.add(regionList());
        }
        Select<Locale> language = new Select<>();
        language.setId("language-switcher");
        language.setLabel(getTranslation("shell.language"));
        language.setWidthFull();
        language.setItems(PortalI18NProvider.FINNISH, PortalI18NProvider.SWEDISH, PortalI18NProvider.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(PortalI18NProvider.supported(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                session.setLocale(e.getValue());
                UI.getCurrent().getSession().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        controls.add(language);

        Span user = new Span(session.user().displayName());
        user.setId("user-name");
        user.getStyle().set("overflow-wrap", "anywhere");
        Anchor logout = new Anchor("logout", getTranslation("shell.logout"));
        logout.setId("logout");
        logout.setRouterIgnore(true);
        logout.getStyle().set("white-space", "nowrap");
        controls.add(user, logout);
    }

    /**
     * The person's regions as links to their front pages, the current one marked: a region switch is just its
     * address (a fresh page there), and long region names wrap instead of being cut as in a select.
     */
    private Div regionList() {
        Span label = new Span(getTranslation("shell.tenant"));
        label.setId("tenant-switcher-label");
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-m)");
        for (TenantId id : session.user().tenants()) {
            String name = tenants.find(id).map(t -> t.names().in(getLocale())).orElse(id.value());
            if (id.equals(shown)) {
                Span current = new Span(name);
                current.getElement().setAttribute("aria-current", "true");
                current.getStyle().set("font-weight", "600");
                list.add(new ListItem(current));
            } else {
                Anchor link = new Anchor(Links.url(HomeView.class, id), name);
                link.setRouterIgnore(true); // a fresh page in the other region: its theme, menu and data only
                link.setId("region-link-" + id.value());
                list.add(new ListItem(link));
            }
        }
        Div regions = new Div(label, list);
        regions.setId("tenant-switcher");
        regions.getElement().setAttribute("role", "group");
        regions.getElement().setAttribute("aria-labelledby", "tenant-switcher-label");
        return regions;
    }

    /** Shows the tab's region (fixed for the page: another region is a fresh page): name, logo, colours, menu, controls. */
    private void refresh() {
        Optional<Tenant> tenant = session.activeTenantDetails();
        shown = tenant.map(Tenant::tenantId).orElse(null);
        regionName.setText(tenant.map(t -> t.names().in(getLocale())).orElse(getTranslation("app.name")));
        Optional<com.vaadin.flow.server.StreamResource> logoUrl = tenant.flatMap(t -> themes.logo(t.theme()));
        logo.setVisible(logoUrl.isPresent());
        logoUrl.ifPresent(logo::setSrc);
        tenant.ifPresent(t -> logo.setAlt(t.names().in(getLocale())));
        tenant.ifPresent(t -> themes.apply(t.theme(), UI.getCurrent()));
        menu.removeAll();
        for (ModuleView view : ViewAccess.menu(session, modules)) {
            SideNavItem item = new SideNavItem(getTranslation(view.titleKey()), href(view));
            if (view.icon() != null) {
                item.setPrefixComponent(new Icon(view.icon().split(":")[0], view.icon().split(":")[1]));
            }
            menu.addItem(item);
        }
        buildControls();
    }

    /** A menu entry's address in the shown region; someone in no region has only the portal's root as front page. */
    private String href(ModuleView view) {
        if (shown == null && view.route() == HomeView.class) {
            return "";
        }
        return Links.url(ViewAccess.route(view), shown);
    }

    /** The page itself is the document's one main landmark, for screen-reader users jumping past the menu. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (content == null) {
            super.showRouterLayoutContent(null);
            return;
        }
        Main main = new Main();
        main.setId("main-content");
        main.setWidthFull();
        main.getElement().appendChild(content.getElement());
        super.showRouterLayoutContent(main); // also closes the drawer on a phone after a menu tap
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        super.onAttach(attach);
        attach.getUI().getPage().addStyleSheet("context://kyky/shell.css");
        // Vaadin's own connection indicator sits outside every landmark; it is a status area, so name it as one
        attach.getUI().getPage().executeJs("const i = document.querySelector('vaadin-connection-indicator');"
                + "if (i) { i.setAttribute('role', 'region'); i.setAttribute('aria-label', $0); }", getTranslation("shell.connection"));
        // the layout's content area scrolls; a view with nothing focusable in it (a chart, a table of figures) could
        // not be scrolled by keyboard unless the area itself takes focus (WCAG 2.1.1, axe scrollable-region-focusable)
        getElement().executeJs("customElements.whenDefined('vaadin-app-layout').then(() => {"
                + " const area = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + " if (area) { area.setAttribute('tabindex', '0'); } })");
        int timeoutSeconds = attach.getSession().getSession().getMaxInactiveInterval();
        if (timeoutSeconds > 180) {
            // warn two minutes before an idle session ends; any click or key press starts the count again
            getElement().executeJs("const layout = this; let timer;"
                    + "const arm = () => { clearTimeout(timer); timer = setTimeout(() => {"
                    + "  if (window.confirm($0)) { layout.$server.keepAlive(); arm(); } }, $1); };"
                    + "['click', 'keydown', 'touchstart'].forEach(e => document.addEventListener(e, arm, {passive: true}));"
                    + "arm();", getTranslation("session.expiring") + "\n\n" + getTranslation("session.continue") + "?",
                    (timeoutSeconds - 120) * 1000);
        }
    }

    /** Called from the expiry warning: a round trip is all it takes to keep the session. */
    @com.vaadin.flow.component.ClientCallable
    void keepAlive() {
        // nothing to do: the request itself resets the idle time
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // screen readers pick the voice by the document's language
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
    }
}
