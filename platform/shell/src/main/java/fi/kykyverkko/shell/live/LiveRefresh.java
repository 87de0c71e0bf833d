package fi.kykyverkko.shell.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

/**
 * Makes a view show what others change while it is on screen: from attach to detach the component watches its keys on
 * the {@link LiveHub}, and on a change runs {@code refresh} inside {@code UI.access} (the portal's shell has
 * {@code @Push}), so the refresh re-reads from the database and redraws. The refresh runs in a bus thread, not a
 * request: it must not rely on a request's scope (take the region and user from fields kept by the view).
 */
public final class LiveRefresh {

    private LiveRefresh() {
    }

    /**
     * While {@code view} is attached, watch the keys {@code keys} gives at attach time (so a view can watch what it
     * found at navigation) and refresh on any change of one of them. Returns the registration of the listeners.
     */
    public static Registration whileAttached(Component view, LiveHub hub, Supplier<java.util.List<LiveKey>> keys, Runnable refresh) {
        Runnable[] stop = {null};
        Registration attached = view.addAttachListener(attach -> {
            stopWatching(stop);
            UI ui = attach.getUI();
            java.util.List<Runnable> stops = keys.get().stream()
                    .map(key -> hub.watch(key, change -> push(ui, refresh)))
                    .toList();
            stop[0] = () -> stops.forEach(Runnable::run);
        });
        Registration detached = view.addDetachListener(detach -> stopWatching(stop));
        return () -> {
            attached.remove();
            detached.remove();
            stopWatching(stop);
        };
    }

    private static void push(UI ui, Runnable refresh) {
        try {
            ui.access(refresh::run);
        } catch (UIDetachedException gone) {
            // the view left while the change travelled
        }
    }

    private static void stopWatching(Runnable[] stop) {
        if (stop[0] != null) {
            stop[0].run();
            stop[0] = null;
        }
    }
}
