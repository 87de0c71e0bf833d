package fi.kykyverkko.shell.kit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.shell.ShellTestKit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Required fields the same way in every form: the marker shows before anything is typed, an empty one says
 * "Pakollinen tieto." (one key, {@code validation.required}, the domain kit's), and the other problems of the
 * form show at the same time. The region form of the platform administration says it with the same words.
 */
class RequiredFieldsTest {

    /** A row as a module's entity would be: its rules in check(), an invariant refused in a setter. */
    static final class Contact extends Stamped {
        String name;
        String kind;
        String email;

        void setEmail(String email) {
            Problems problems = new Problems().email("email", email);
            problems.throwIfAny();
            this.email = Problems.clean(email);
        }

        @Override
        public Problems check() {
            return new Problems().required("name", name).required("kind", kind).email("email", email);
        }
    }

    private final ShellTestKit kit = new ShellTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    private static final class Form {
        final EntityForm<Contact> form = new EntityForm<>();
        final TextField name = form.bind("name", new TextField("Nimi"), c -> c.name, (c, v) -> c.name = Problems.clean(v));
        final ComboBox<String> kind = form.bind("kind", new ComboBox<>(), c -> c.kind, (c, v) -> c.kind = v);
        final TextField email = form.bind("email", new TextField("Sähköposti"), c -> c.email, Contact::setEmail);

        Form() {
            kind.setItems("a", "b");
            form.required("name", "kind");
        }
    }

    @Test
    void aRequiredSelectOrDateTimePickerIsRefusedBecauseItsMarkerBreaksAria() {
        EntityForm<Contact> form = new EntityForm<>();
        form.bind("kind", new com.vaadin.flow.component.select.Select<String>(), c -> c.kind, (c, v) -> c.kind = v);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> form.required("kind"));
        assertTrue(refused.getMessage().contains("ComboBox"), refused.getMessage());
        form.add("startsAt", new com.vaadin.flow.component.datetimepicker.DateTimePicker());
        assertThrows(IllegalArgumentException.class, () -> form.required("startsAt"));
    }

    @Test
    void theMarkerShowsBeforeAnythingIsTyped() {
        kit.signInProfessional().start();
        Form f = new Form();
        f.form.read(new Contact());
        assertTrue(f.name.isRequiredIndicatorVisible());
        assertTrue(f.kind.isRequiredIndicatorVisible());
        assertFalse(f.email.isRequiredIndicatorVisible(), "an optional field has no marker");
        assertFalse(f.name.isInvalid(), "nothing is wrong before anything is typed");
    }

    @Test
    void savingAnEmptyFormNamesEveryRequiredFieldAndTheOtherProblemsTogether() {
        kit.signInProfessional().start();
        Form f = new Form();
        Contact contact = new Contact();
        f.form.read(contact);
        f.email.setValue("not-an-address");

        assertNull(FormSave.save(new Div(), f.form, () -> f.form.write(contact), "kit.form.save"));

        assertEquals("Pakollinen tieto.", f.name.getErrorMessage());
        assertTrue(f.name.isInvalid());
        assertEquals("Pakollinen tieto.", f.kind.getErrorMessage());
        assertEquals("Tarkista sähköpostiosoite (esim. nimi@esimerkki.fi).", f.email.getErrorMessage());
        assertTrue(f.email.isInvalid());
        assertEquals("not-an-address", f.email.getValue(), "what was typed stays in the form");
    }

    @Test
    void everyProblemHasTheDomainsKey() {
        kit.signInProfessional().start();
        Form f = new Form();
        Contact contact = new Contact();
        f.form.read(contact);
        f.name.setValue("Kaisa");
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> f.form.write(contact));
        assertEquals(List.of("kind:validation.required"),
                invalid.problems().list().stream().map(p -> p.field() + ":" + p.key()).toList());
        assertEquals("Kaisa", contact.name, "the fields that were fine are written, so the domain checks them too");
    }

    @Test
    void aFilledFormIsWritten() {
        kit.signInProfessional().start();
        Form f = new Form();
        Contact contact = new Contact();
        f.form.read(contact);
        f.name.setValue("Kaisa");
        f.kind.setValue("a");
        f.email.setValue("kaisa@example.fi");
        f.form.write(contact);
        assertEquals("kaisa@example.fi", contact.email);
    }

    @Test
    void clearingARequiredFieldSaysSoAtOnce() {
        kit.signInProfessional().start();
        Form f = new Form();
        Contact contact = new Contact();
        contact.name = "Kaisa";
        f.form.read(contact);
        f.name.setValue("");
        assertTrue(f.name.isInvalid());
        assertEquals("Pakollinen tieto.", f.name.getErrorMessage());
    }

    @Test
    void theRegionFormOfThePlatformAdministrationUsesTheSameWords() {
        kit.signInPlatformAdmin().start();
        assertEquals(200, kit.open("admin/tenants"));
        _click(_get(Button.class, spec -> spec.withId("create-tenant")));
        String regionForm = _get(TextField.class, spec -> spec.withId("new-tenant-name-fi")).getErrorMessage();

        Form f = new Form();
        f.form.read(new Contact());
        FormSave.save(UI.getCurrent(), f.form, () -> f.form.write(new Contact()), "kit.form.save");
        assertEquals(regionForm, f.name.getErrorMessage());
        assertEquals("Pakollinen tieto.", regionForm);
        assertTrue(_get(TextField.class, spec -> spec.withId("new-tenant-name-fi")).isRequiredIndicatorVisible());
    }
}
