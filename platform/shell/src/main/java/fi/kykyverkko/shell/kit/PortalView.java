package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.security.PortalSession;

/**
 * The base of a module's views: the active region and person, a heading and page title, a list header (filter
 * and "new" button), and field makers. Saving goes through {@link FormSave} with an {@link EntityForm}; dialogs
 * are their own classes and use {@link Fields} for their fields.
 */
public abstract class PortalView extends VerticalLayout implements HasDynamicTitle {

    protected final PortalSession session;
    private final String titleKey;

    protected PortalView(PortalSession session, String titleKey) {
        this.session = session;
        this.titleKey = titleKey;
        setWidthFull();
        add(new H2(getTranslation(titleKey)));
    }

    protected TenantId tenant() {
        return session.activeTenant().orElseThrow();
    }

    protected PortalUser user() {
        return session.user();
    }

    /**
     * The top of a list view: a filter field that calls {@code refresh} as the person types, and a "new" button
     * for those who may create ({@code canCreate}).
     */
    protected TextField listHeader(String filterId, Runnable refresh, boolean canCreate, String newKey, String newId, Runnable create) {
        TextField filter = new TextField(getTranslation("kit.filter"));
        filter.setId(filterId);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh.run());
        add(filter);
        if (canCreate) {
            Button button = new Button(getTranslation(newKey), e -> create.run());
            button.setId(newId);
            add(button);
        }
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }

    protected static void notify(String message, boolean error) {
        FormSave.notify(message, error);
    }

    /** Field makers with translated labels, for views and their dialogs. */
    public static final class Fields {
        private Fields() {
        }

        public static TextField text(com.vaadin.flow.component.Component where, String labelKey, String id) {
            TextField field = new TextField(where.getTranslation(labelKey));
            if (id != null) {
                field.setId(id);
            }
            return field;
        }

        public static TextArea area(com.vaadin.flow.component.Component where, String labelKey, String id) {
            TextArea field = new TextArea(where.getTranslation(labelKey));
            if (id != null) {
                field.setId(id);
            }
            return field;
        }
    }
}
