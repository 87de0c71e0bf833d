package fi.kykyverkko.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Page-level settings for every view: phone-friendly viewport, Finnish as the document language, and server push
 * (automatic, over a websocket with long polling as the fallback) so that a change made by one person reaches the others'
 * pages without a reload (the consultations module's live room).
 */
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class PortalShellConfig implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Kykyverkko");
    }
}
