package fi.kykyverkko.shell.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view kit's form: Binder writes every field, refused values and the bean's rules come back together. */
class EntityFormTest {

    static final class Row extends Stamped {
        String name;
        String code;

        void setCode(String code) {
            if (code != null && code.contains(" ")) {
                Problems.refuse("code", "validation.code");
            }
            this.code = code;
        }

        @Override
        public Problems check() {
            return new Problems().required("name", name);
        }
    }

    @Test
    void writeCollectsEveryProblemAndReadFillsTheFields() {
        EntityForm<Row> form = new EntityForm<>();
        TextField name = form.bind("name", new TextField(), r -> r.name, (r, v) -> r.name = Problems.clean(v));
        TextField code = form.bind("code", new TextField(), r -> r.code, Row::setCode);
        Row row = new Row();
        row.code = "kela";
        form.read(row);
        assertEquals("", name.getValue());
        assertEquals("kela", code.getValue());
        code.setValue("with space");
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> form.write(row));
        assertEquals(List.of("code", "name"), invalid.problems().list().stream().map(Problems.Problem::field).toList());
        assertEquals("kela", row.code, "a refused value is not written");
        name.setValue("Kela");
        code.setValue("kela-2");
        form.write(row);
        assertEquals("kela-2", row.code);
        assertEquals(name, form.field("name").orElseThrow());
    }
}
