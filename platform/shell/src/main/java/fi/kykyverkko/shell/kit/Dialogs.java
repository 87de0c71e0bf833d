package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Locale;

/**
 * Confirmations in the user's language: Vaadin's ConfirmDialog says "Confirm" and "Cancel" unless told otherwise,
 * so every module makes its confirmations here ({@code KitComponentsTest} fails on one made elsewhere).
 */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Asks before an act that cannot be undone: {@code header} and {@code text} already translated, the act's own
     * verb on the button ({@code confirm}, e.g. "Peru ilmoittautuminen"), "Peruuta" to back out.
     */
    public static ConfirmDialog confirm(String header, String text, String confirm, Locale locale, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirm, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText(KitTexts.text(locale, "kit.confirm.cancel"));
        return dialog;
    }
}
