package fi.kykyverkko.shell.kit;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationException;
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
 */
public final class EntityForm<T> {

    private final Binder<T> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final java.util.List<java.util.function.Consumer<T>> changes = new java.util.ArrayList<>();
    private Problems refused = new Problems();

    /** Binds {@code field} to {@code property}: read with {@code get}, written with {@code set}. */
    public <V, F extends HasValue<?, V> & HasValidation> F bind(String property, F field, ValueProvider<T, V> get, Setter<T, V> set) {
        fields.put(property, field);
        binder.forField(field).bind(get, (bean, value) -> refused.attempt(() -> set.accept(bean, value)));
        return field;
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
        try {
            binder.writeBean(bean);
        } catch (ValidationException notConverted) {
            notConverted.getFieldValidationErrors().forEach(e -> fields.entrySet().stream()
                    .filter(f -> f.getValue() == e.getField()).findFirst()
                    .ifPresent(f -> refused.add(f.getKey(), "validation.required")));
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

    public Binder<T> binder() {
        return binder;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
