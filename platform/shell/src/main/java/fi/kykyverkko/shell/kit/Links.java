package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.security.PortalSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one way to link and navigate to a view. Every view inside a region has the region as the first segment of
 * its address ({@code /lappi/networks/group/5}), set by the shell's layout; this class fills it in from the
 * region of the browser tab, so a link copied into an e-mail opens the same record for everyone who may see it.
 * Views name their own parameters in their route template ({@code networks/group/:id}) and pass them here as
 * name/value pairs.
 */
public final class Links {

    /** The name of the region segment in every route template inside the shell. */
    public static final String REGION = "region";

    private Links() {
    }

    /** A link to {@code view} in the tab's region, with {@code nameValues} as route parameters ("id", "5", …). */
    public static RouterLink link(String text, Class<? extends Component> view, String... nameValues) {
        return new RouterLink(text, view, parameters(view, currentRegion(), nameValues));
    }

    /** Navigates this tab to {@code view} in its region. */
    public static void navigate(Class<? extends Component> view, String... nameValues) {
        UI.getCurrent().navigate(view, parameters(view, currentRegion(), nameValues));
    }

    /** The address of {@code view} in {@code region}, relative to the portal's root ("lappi/networks/group/5"). */
    public static String url(Class<? extends Component> view, TenantId region, String... nameValues) {
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters(view, Optional.ofNullable(region), nameValues));
    }

    /** The address of {@code view} in the tab's region, relative to the portal's root. */
    public static String url(Class<? extends Component> view, String... nameValues) {
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters(view, currentRegion(), nameValues));
    }

    /** The region this browser tab works in: the one in its address, set by the shell when a view is entered. */
    public static Optional<TenantId> currentRegion() {
        return PortalSession.regionOfTab(UI.getCurrent());
    }

    private static RouteParameters parameters(Class<? extends Component> view, Optional<TenantId> region, String... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("route parameters come in name/value pairs");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        boolean inRegion = RouteConfiguration.forApplicationScope().getTemplate(view)
                .map(template -> template.contains(":" + REGION)).orElse(false);
        if (inRegion) {
            parameters.put(REGION, region.orElseThrow(() -> new IllegalStateException(
                    "a link to " + view.getSimpleName() + " needs a region, and this tab has none")).value());
        }
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put(nameValues[i], nameValues[i + 1]);
        }
        return new RouteParameters(parameters);
    }
}
