package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.Codes;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The optional "Tunnus" (code) field of a dialog: its hint says it may be left empty, and a blank code is made
 * from the Finnish name when the row is written. Bind it after the name, so the name is written first.
 */
final class CodeField {

    private CodeField() {
    }

    static <T extends Coded> TextField bind(Component where, EntityForm<T> form, Function<T, String> finnishName) {
        TextField code = form.bind("code", Fields.text(where, "networks.field.code", null), Coded::getCode, (row, typed) ->
                row.setCode(typed == null || typed.isBlank() ? (finnishName.apply(row) == null ? typed : Codes.fromName(finnishName.apply(row))) : typed));
        code.setHelperText(where.getTranslation("networks.field.code-help"));
        return code;
    }

    /**
     * Runs a save ({@code action}: write the form, then save). With the code left blank and no name to make it from,
     * only the name is reported: marking the code "required" right under a hint that says it may be left empty would
     * contradict the hint.
     */
    static <R> R save(TextField code, Supplier<R> action) {
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
