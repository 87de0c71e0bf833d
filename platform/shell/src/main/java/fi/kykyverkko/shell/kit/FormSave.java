package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One way to save from any module's view: problems shown next to their fields in the person's language, a
 * conflicting edit (optimistic lock) or a refused action explained, never a stack trace; what the person typed
 * stays in the form. Texts: {@code kit.form.*} in the shell's bundle.
 */
public final class FormSave {

    private static final Logger LOG = Logger.getLogger(FormSave.class.getName());

    private FormSave() {
    }

    /**
     * Runs {@code action} (write the form, then save); on success shows {@code doneKey} and returns the result,
     * otherwise shows why and returns null. {@code where} gives the translations (a view or a dialog).
     */
    public static <R> R save(Component where, EntityForm<?> form, Supplier<R> action, String doneKey) {
        form.clear();
        try {
            R result = action.get();
            notify(where.getTranslation(doneKey), false);
            return result;
        } catch (InvalidInputException invalid) {
            show(where, form, invalid.problems());
        } catch (SecurityException refused) {
            notify(where.getTranslation("kit.form.not-allowed"), true);
        } catch (RuntimeException failure) {
            if (causedByConflict(failure)) {
                notify(where.getTranslation("kit.form.conflict"), true);
            } else {
                LOG.log(Level.SEVERE, "Saving failed in " + where.getClass().getSimpleName(), failure);
                notify(where.getTranslation("kit.form.failed"), true);
            }
        }
        return null;
    }

    /** Shows each problem next to its field (or as a notification when no field shows it). */
    public static void show(Component where, EntityForm<?> form, Problems problems) {
        for (Problems.Problem p : problems.list()) {
            String message = where.getTranslation(p.key(), p.args().toArray());
            form.field(p.field()).ifPresentOrElse(field -> invalid(field, message), () -> notify(message, true));
        }
        notify(where.getTranslation("kit.form.fix-problems"), true);
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Whether {@code failure} comes from two people saving the same row (the second one is told). */
    public static boolean causedByConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The primary "save" button of a dialog: runs {@code action} through {@link #save}, and on success closes
     * the dialog and runs {@code afterSave}.
     */
    public static Button saveButton(Dialog dialog, String id, EntityForm<?> form, Supplier<?> action, String doneKey, Runnable afterSave) {
        Button button = new Button(dialog.getTranslation("kit.form.save"), e -> {
            if (save(dialog, form, action, doneKey) != null) {
                dialog.close();
                afterSave.run();
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(button);
        return button;
    }

    /** A "close" button in the dialog's footer. */
    public static Button closeButton(Dialog dialog, String id) {
        Button close = new Button(dialog.getTranslation("kit.form.close"), e -> dialog.close());
        if (id != null) {
            close.setId(id);
        }
        dialog.getFooter().add(close);
        return close;
    }

    public static void notify(String message, boolean error) {
        Notification note = Notification.show(message, error ? 8000 : 4000, Notification.Position.TOP_CENTER);
        note.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
