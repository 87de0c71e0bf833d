package fi.kykyverkko.clients.settings;

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
 * The code field of a new service or phase, as networks' dialogs have it: may be left empty, and is then made from
 * the Finnish name. A stored row's code is shown read-only, since episodes refer to it (the entity refuses a change
 * too). Bind it after the name, so the name is written first.
 */
final class SettingsCode {

    private SettingsCode() {
    }

    static <T extends Coded> TextField bind(Component where, EntityForm<T> form, T row, String id, Function<T, String> finnishName) {
        TextField code = form.bind("code", Fields.text(where, "clients.settings.field.code", id), Coded::getCode, (r, typed) -> {
            if (r.getId() == null) {
                String name = finnishName.apply(r);
                r.setCode(typed == null || typed.isBlank() ? (name == null ? typed : Codes.fromName(name)) : typed);
            }
        });
        if (row.getId() == null) {
            code.setHelperText(where.getTranslation("clients.settings.field.code-help"));
        } else {
            code.setReadOnly(true);
        }
        return code;
    }

    /**
     * Runs a save; with the code left empty and no name to make it from, only the name is reported, since marking the
     * code "required" under a hint saying it may be left empty would contradict the hint.
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
            throw invalid;
        }
    }
}
