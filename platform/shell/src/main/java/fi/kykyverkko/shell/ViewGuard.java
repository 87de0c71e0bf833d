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
 * of views (or tenants) they cannot use. Also sets the UI language and replaces stack traces with a message.
 */
@ApplicationScoped
public class ViewGuard {

    private static final Logger LOG = Logger.getLogger(ViewGuard.class.getName());

    @Inject
    ModuleRegistry modules;

    @Inject
    Instance<PortalSession> sessions;

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
        Optional<PortalModule> owner = modules.owner(target);
        Optional<ModuleView> view = modules.view(target);
        if (owner.isEmpty() || view.isEmpty() || !ViewAccess.allows(sessions.get(), modules, owner.get(), view.get())) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}
