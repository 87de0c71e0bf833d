package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.persistence.OptimisticLockException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every view of the networks module shares: the active region and person, a heading and page title,
 * and one way to save — problems shown next to their fields in the user's language, a conflicting edit or a
 * refused action explained, never a stack trace.
 */
abstract class NetworksView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = Logger.getLogger(NetworksView.class.getName());

    protected final PortalSession session;
    private final String titleKey;

    NetworksView(PortalSession session, String titleKey) {
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
        TextField filter = new TextField(getTranslation("networks.filter"));
        filter.setId(filterId);
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh.run());
        add(filter);
        if (canCreate) {
            com.vaadin.flow.component.button.Button button = new com.vaadin.flow.component.button.Button(getTranslation(newKey), e -> create.run());
            button.setId(newId);
            add(button);
        }
        return filter;
    }

    /** The person's language (public, for forms in dialogs). */
    public java.util.Locale language() {
        return getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }

    /** Fields of a form by the property names the domain's {@link Problems} use. */
    protected static final class Fields {
        private final Map<String, HasValidation> byProperty = new LinkedHashMap<>();

        <F extends HasValidation> F add(String property, F field) {
            byProperty.put(property, field);
            return field;
        }

        void clear() {
            byProperty.values().forEach(f -> f.setInvalid(false));
        }
    }

    /**
     * Runs a save; on success shows {@code doneKey} and returns the result, otherwise shows why and returns
     * null, keeping everything the person typed.
     */
    protected <R> R save(Fields fields, Supplier<R> action, String doneKey) {
        fields.clear();
        try {
            R result = action.get();
            notify(getTranslation(doneKey), false);
            return result;
        } catch (InvalidInputException invalid) {
            for (Problems.Problem p : invalid.problems().list()) {
                HasValidation field = fields.byProperty.get(p.field());
                String message = getTranslation(p.key(), p.args().toArray());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    notify(message, true);
                }
            }
            notify(getTranslation("networks.form.fix-problems"), true);
        } catch (SecurityException refused) {
            notify(getTranslation("networks.form.not-allowed"), true);
        } catch (RuntimeException failure) {
            if (causedByConflict(failure)) {
                notify(getTranslation("networks.form.conflict"), true);
            } else {
                LOG.log(Level.SEVERE, "Saving failed in " + getClass().getSimpleName(), failure);
                notify(getTranslation("networks.form.failed"), true);
            }
        }
        return null;
    }

    private static boolean causedByConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The primary "save" button of a dialog: runs {@code action} (read the fields, then save) through
     * {@link #save}, and on success closes the dialog and runs {@code afterSave}.
     */
    protected com.vaadin.flow.component.button.Button saveButton(com.vaadin.flow.component.dialog.Dialog dialog, String id, Fields fields,
                                                                 Supplier<?> action, String doneKey, Runnable afterSave) {
        com.vaadin.flow.component.button.Button button = new com.vaadin.flow.component.button.Button(getTranslation("networks.form.save"), e -> {
            if (save(fields, action, doneKey) != null) {
                dialog.close();
                afterSave.run();
            }
        });
        button.setId(id);
        button.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(button);
        return button;
    }

    protected static void notify(String message, boolean error) {
        Notification note = Notification.show(message, error ? 8000 : 4000, Notification.Position.TOP_CENTER);
        note.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    protected TextField text(String labelKey, String value, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        if (id != null) {
            field.setId(id);
        }
        return field;
    }

    protected TextArea area(String labelKey, String value, String id) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        if (id != null) {
            field.setId(id);
        }
        return field;
    }
}
