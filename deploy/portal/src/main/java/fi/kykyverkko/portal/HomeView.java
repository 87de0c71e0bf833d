package fi.kykyverkko.portal;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.schema.StartupState;
import jakarta.inject.Inject;

/**
 * The front page. Until the portal shell arrives it tells what Kykyverkko is and whether the portal is
 * ready, and if not, what it is waiting for — never a stack trace.
 */
@Route("")
@PageTitle("Kykyverkko")
public class HomeView extends Main {

    @Inject
    public HomeView(StartupState startup) {
        getElement().setAttribute("lang", getLocale().getLanguage());
        add(new H1(getTranslation("home.title")));
        add(new Paragraph(getTranslation("home.intro")));
        Paragraph status = new Paragraph(startup.isReady()
                ? getTranslation("home.status.ready")
                : getTranslation("home.status.waiting", startup.detail()));
        status.setId("startup-status");
        status.getElement().setAttribute("role", "status");
        add(status);
    }
}
