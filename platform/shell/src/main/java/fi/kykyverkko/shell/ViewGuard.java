package fi.kykyverkko.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Guards every navigation: a route answers only when a module declares it, the module is on for the active
 * tenant and the user holds one of its roles there; anything else is "not found", so a user learns nothing
 * of views (or tenants) they cannot use. The region in the address decides the tab's region: a link into
 * another of the person's regions switches to it and says so. Also sets the UI language and replaces stack traces with a message.
 */
@ApplicationScoped
public class ViewGuard {

    private static final Logger LOG = Logger.getLogger(ViewGuard.class.getName());

    @Inject
    ModuleRegistry modules;

    @Inject
    Instance<PortalSession> sessions;

    @Inject
    TenantRegistry tenants;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            var i18n = event.getSource().getInstantiator().getI18NProvider();
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption(i18n.getTranslation("session.expired.caption", info.getLocale()));
            messages.setSessionExpiredMessage(i18n.getTranslation("session.expired.message", info.getLocale()));
            messages.setInternalErrorCaption(i18n.getTranslation("error.caption", info.getLocale()));
            messages.setInternalErrorMessage(i18n.getTranslation("error.message", info.getLocale()));
            return messages;
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            LOG.log(Level.SEVERE, "Unhandled error in the UI", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification note = Notification.show(ui.getTranslation("error.message"), 8000, Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
        event.getSource().addUIInitListener(init -> {
            PortalSession session = sessions.get();
            init.getUI().setLocale(session.locale());
            VaadinSession.getCurrent().setLocale(session.locale());
            init.getUI().addBeforeEnterListener(this::guard);
        });
    }

    private void guard(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        PortalSession session = sessions.get();
        Optional<String> region = event.getRouteParameters().get(Links.REGION);
        if (region.isPresent()) {
            Optional<Tenant> wanted = regionOf(session, region.get());
            if (wanted.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            Optional<TenantId> ofTab = PortalSession.regionOfTab(event.getUI());
            if (ofTab.isPresent() && !ofTab.get().equals(wanted.get().tenantId())) {
                // another region inside a page built for this one (a link, the back button): load it afresh, so that
                // no view of the old region, or its data, is reused under the new region's address
                event.forwardToUrl(event.getLocation().getPathWithQueryParameters());
                return;
            }
            if (ofTab.isEmpty()) {
                enter(session, wanted.get(), event.getUI()); // once per page: later navigations stay in its region
            }
        } else if (target == PortalRoot.class && session.activeTenant().isPresent()) {
            // the bare portal address opens the front page of the region last worked in
            event.forwardTo(Links.url(HomeView.class, session.activeTenant().get()));
            return;
        }
        Optional<PortalModule> owner = modules.owner(target);
        Optional<ModuleView> view = modules.view(target);
        if (owner.isEmpty() || view.isEmpty() || !ViewAccess.allows(session, modules, owner.get(), view.get())) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** The region the address names, if it exists and the person belongs to it; any other is "not found" for them. */
    private Optional<Tenant> regionOf(PortalSession session, String region) {
        if (TenantId.problemWith(region) != null) {
            return Optional.empty();
        }
        TenantId id = TenantId.of(region);
        return session.user().canUse(id) ? tenants.find(id) : Optional.empty();
    }

    /** Makes the region the tab's region; a change from the one the person worked in is said aloud. */
    private void enter(PortalSession session, Tenant region, UI tab) {
        Optional<TenantId> before = session.activeTenant();
        session.switchTo(region.tenantId());
        if (before.isPresent() && !before.get().equals(region.tenantId())) {
            Notification note = Notification.show(tab.getTranslation("shell.tenant.switched", region.names().in(tab.getLocale())),
                    6000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            note.setId("region-switched");
        }
    }
}
