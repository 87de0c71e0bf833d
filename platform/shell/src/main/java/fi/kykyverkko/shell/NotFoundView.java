package fi.kykyverkko.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import fi.kykyverkko.shell.kit.Links;
import jakarta.servlet.http.HttpServletResponse;

/** One answer for "does not exist" and "not yours": the same page, the same status, nothing about the target. */
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("notfound.title"));
        title.setId("not-found");
        add(title, new Paragraph(getTranslation("notfound.text")), home());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The front page of the tab's region, or the portal's root (which leads to the last region) when it has none. */
    private com.vaadin.flow.component.Component home() {
        String text = getTranslation("notfound.home");
        return Links.currentRegion().isPresent() ? Links.link(text, HomeView.class)
                : new com.vaadin.flow.component.html.Anchor(".", text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " – " + getTranslation("app.name");
    }
}
