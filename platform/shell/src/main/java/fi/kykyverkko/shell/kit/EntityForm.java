package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A form bound to a domain object with Vaadin's {@link Binder}, each field under the property name the domain's
 * {@link Problems} use. {@link #write} runs every setter — a setter that refuses its value (the entity guards
 * its invariant) is collected, not thrown at once — then the object's own {@code check()}, and throws one
 * {@code InvalidInputException} with every problem, so the person sees them all next to their fields.
 *
 * <p>The fields the domain requires are named with {@link #required}: they show their marker from the start and,
 * left empty, say so with the domain kit's one text ({@code validation.required}), as the domain's own rule would.
 */
public final class EntityForm<T> {

    private final Binder<T> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final java.util.Set<String> required = new java.util.HashSet<>();
    private final java.util.List<java.util.function.Consumer<T>> changes = new java.util.ArrayList<>();
    private Problems refused = new Problems();

    /** Binds {@code field} to {@code property}: read with {@code get}, written with {@code set}. */
    public <V, F extends HasValue<?, V> & HasValidation> F bind(String property, F field, ValueProvider<T, V> get, Setter<T, V> set) {
        fields.put(property, field);
        // our own check rather than Binder's asRequired: that one follows the marker, and a form that sets the
        // marker by hand lets its domain say what is missing, together with the domain's other problems
        binder.forField(field)
                .withValidator(value -> !required.contains(property) || !isEmpty(field, value), KitTexts.required(locale()))
                .bind(get, (bean, value) -> refused.attempt(() -> set.accept(bean, value)));
        return field;
    }

    /**
     * Marks {@code properties} (bound or {@link #add added}) as required: the marker shows before anything is
     * typed, an emptied bound field says "Pakollinen tieto." at once, and {@link #write} reports each one left empty.
     * Refused for a {@code Select}, a checkbox group and a date-time picker: Vaadin puts their marker's aria-required
     * where ARIA does not allow it (axe, critical). Make a required choice a {@code ComboBox}; say a required group in
     * its hint; give a date and time a default (the domain rule still reports one emptied).
     */
    public EntityForm<T> required(String... properties) {
        for (String property : properties) {
            HasValidation field = fields.get(property);
            if (field == null) {
                throw new IllegalArgumentException("no field for " + property + ": bind or add it first");
            }
            if (field instanceof com.vaadin.flow.component.select.Select<?>
                    || field instanceof com.vaadin.flow.component.checkbox.CheckboxGroup<?>
                    || field instanceof com.vaadin.flow.component.datetimepicker.DateTimePicker) {
                throw new IllegalArgumentException(property + ": a required Select, CheckboxGroup or DateTimePicker breaks ARIA;"
                        + " use a ComboBox, a hint or a default");
            }
            // an added (unbound) field is written by the caller's act, whose domain rule reports it when empty
            ((HasValue<?, ?>) field).setRequiredIndicatorVisible(true);
            required.add(property);
        }
        return this;
    }

    /** A field that is not bound (read by the caller's action) but shows the problems of {@code property}. */
    public <F extends HasValidation> F add(String property, F field) {
        fields.put(property, field);
        return field;
    }

    /**
     * A change written together with the bound fields, for a business act that takes several fields at once
     * (e.g. {@code meeting.reschedule(start, end)}); a refusal is collected like a setter's.
     */
    public EntityForm<T> onWrite(java.util.function.Consumer<T> change) {
        changes.add(change);
        return this;
    }

    public void read(T bean) {
        binder.readBean(bean);
    }

    /** Writes every field into {@code bean}; throws {@code InvalidInputException} with every problem found. */
    public T write(T bean) {
        refused = new Problems();
        // every setter runs, also beside an empty required field, so every problem shows at once;
        // the field checks (required, unreadable input) come from validate() below
        binder.writeBeanAsDraft(bean, true);
        String requiredText = KitTexts.required(locale());
        for (BindingValidationStatus<?> status : binder.validate().getFieldValidationErrors()) {
            propertyOf(status.getField()).filter(p -> refused.of(p).isEmpty()).ifPresent(p -> refused.add(p,
                    status.getMessage().filter(requiredText::equals).isPresent() ? "validation.required" : "validation.unreadable"));
        }
        changes.forEach(change -> refused.attempt(() -> change.accept(bean)));
        if (bean instanceof Stamped stamped) {
            refused.withRulesOf(stamped); // the other rules too, so everything shows at once
        }
        refused.throwIfAny();
        return bean;
    }

    /** The field showing {@code property}'s problems. */
    public Optional<HasValidation> field(String property) {
        return Optional.ofNullable(fields.get(property));
    }

    /** Empty as the domain sees it: no value, or only blanks ({@code Problems.clean}). */
    private static boolean isEmpty(HasValue<?, ?> field, Object value) {
        return value == null || java.util.Objects.equals(value, field.getEmptyValue()) || value instanceof String text && text.isBlank();
    }

    private Optional<String> propertyOf(HasValue<?, ?> field) {
        return fields.entrySet().stream().filter(f -> f.getValue() == field).map(Map.Entry::getKey).findFirst();
    }

    /** The person's language, for the texts Binder shows itself (Finnish outside a Vaadin request). */
    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }

    public Binder<T> binder() {
        return binder;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
