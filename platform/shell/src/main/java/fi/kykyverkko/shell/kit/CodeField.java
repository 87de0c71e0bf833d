package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.Codes;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The optional code ("Tunnus") field of a dialog: its hint says it may be left empty, and a blank code is then made
 * from the Finnish name when the row is written. Bind it after the name, so the name is written first.
 */
public final class CodeField {

    private CodeField() {
    }

    /** A code that may be changed later too (organisations, catalogue entries). */
    public static <T extends Coded> TextField bind(Component where, EntityForm<T> form, String labelKey, String helpKey, String id,
                                                   Function<T, String> finnishName) {
        return bind(where, form, null, labelKey, helpKey, id, finnishName);
    }

    /**
     * A code given once: for a stored {@code row} the field is read-only and never written, since other rows refer to
     * the code (services and phases, which episodes name).
     */
    public static <T extends Coded> TextField fixedOnceStored(Component where, EntityForm<T> form, T row, String labelKey, String helpKey,
                                                              String id, Function<T, String> finnishName) {
        return bind(where, form, row, labelKey, helpKey, id, finnishName);
    }

    private static <T extends Coded> TextField bind(Component where, EntityForm<T> form, T fixed, String labelKey, String helpKey, String id,
                                                    Function<T, String> finnishName) {
        TextField code = form.bind("code", Fields.text(where, labelKey, id), Coded::getCode, (row, typed) -> {
            if (fixed == null || row.getId() == null) {
                String name = finnishName.apply(row);
                row.setCode(typed == null || typed.isBlank() ? (name == null ? typed : Codes.fromName(name)) : typed);
            }
        });
        if (fixed != null && fixed.getId() != null) {
            code.setReadOnly(true);
        } else {
            code.setHelperText(where.getTranslation(helpKey));
        }
        return code;
    }

    /**
     * Runs a save ({@code action}: write the form, then save). With the code left blank and no name to make it from,
     * only the name is reported: marking the code "required" right under a hint that says it may be left empty would
     * contradict the hint.
     */
    public static <R> R save(TextField code, Supplier<R> action) {
        try {
            return action.get();
        } catch (InvalidInputException invalid) {
            if (!code.getValue().isBlank()) {
                throw invalid;
            }
            Problems others = new Problems();
            invalid.problems().list().stream().filter(p -> !(p.field().equals("code") && p.key().equals("validation.required")))
                    .forEach(p -> others.add(p.field(), p.key(), p.args().toArray()));
            others.throwIfAny();
            throw invalid; // only the code was missing, which a name prevents: still never save silently
        }
    }
}
