package fi.kykyverkko.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.RouteConfiguration;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal shell: the active region's name and theme, a menu built from the modules the region has on and
 * the user's roles allow, and the user's controls (region, language, logout).
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final PortalSession session;
    private final ModuleRegistry modules;
    private final TenantRegistry tenants;
    private final TenantThemes themes;
    private final H1 regionName = new H1();
    private final SideNav menu = new SideNav();

    @Inject
    public MainLayout(PortalSession session, ModuleRegistry modules, TenantRegistry tenants, TenantThemes themes) {
        this.session = session;
        this.modules = modules;
        this.tenants = tenants;
        this.themes = themes;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        regionName.setId("region-name");
        regionName.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        HorizontalLayout bar = new HorizontalLayout(toggle);
        session.activeTenantDetails().flatMap(t -> themes.logo(t.theme()).map(logo -> {
            com.vaadin.flow.component.html.Image image = new com.vaadin.flow.component.html.Image(logo, t.names().in(getLocale()));
            image.setHeight("32px");
            image.setId("region-logo");
            return image;
        })).ifPresent(bar::add);
        bar.add(regionName, controls());
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(regionName);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);

        Span brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-m)").set("display", "block");
        menu.setId("main-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("shell.menu"));
        addToDrawer(brand, menu);
        refresh();
    }

    private HorizontalLayout controls() {
        HorizontalLayout controls = new HorizontalLayout();
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (session.user().tenants().size() > 1) {
            Select<TenantId> switcher = new Select<>();
            switcher.setId("tenant-switcher");
            switcher.setAriaLabel(getTranslation("shell.tenant.switch"));
            switcher.setItems(session.user().tenants());
            switcher.setItemLabelGenerator(id -> tenants.find(id).map(t -> t.names().in(getLocale())).orElse(id.value()));
            session.activeTenant().ifPresent(switcher::setValue);
            switcher.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    session.switchTo(e.getValue());
                    UI.getCurrent().navigate("");
                    UI.getCurrent().getPage().reload();
                }
            });
            controls.add(switcher);
        }
        Select<Locale> language = new Select<>();
        language.setId("language-switcher");
        language.setAriaLabel(getTranslation("shell.language"));
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
        Anchor logout = new Anchor("logout", getTranslation("shell.logout"));
        logout.setId("logout");
        logout.setRouterIgnore(true);
        controls.add(user, logout);
        return controls;
    }

    private void refresh() {
        Optional<Tenant> tenant = session.activeTenantDetails();
        regionName.setText(tenant.map(t -> t.names().in(getLocale())).orElse(getTranslation("app.name")));
        tenant.ifPresent(t -> themes.apply(t.theme(), UI.getCurrent()));
        menu.removeAll();
        for (ModuleView view : ViewAccess.menu(session, modules)) {
            SideNavItem item = new SideNavItem(getTranslation(view.titleKey()),
                    RouteConfiguration.forSessionScope().getUrl(ViewAccess.route(view)));
            if (view.icon() != null) {
                item.setPrefixComponent(new Icon(view.icon().split(":")[0], view.icon().split(":")[1]));
            }
            menu.addItem(item);
        }
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        super.onAttach(attach);
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
