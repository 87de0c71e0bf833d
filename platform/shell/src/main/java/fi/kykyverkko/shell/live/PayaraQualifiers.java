package fi.kykyverkko.shell.live;

import java.lang.annotation.Annotation;
import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Optional;

/**
 * Payara's clustered CDI event qualifiers ({@code fish.payara.micro.cdi.Outbound} and {@code Inbound}, in Payara's
 * public API that Payara Micro gives every application) as instances made at run time: the payara-api artifact is not
 * to be had from the Maven repository this build uses, so nothing here is compiled against it. Each instance has the
 * annotation's default member values (no event name, no loop-back, every instance) and keeps the
 * {@link Annotation} contract (equals, hashCode), as CDI's qualifier matching needs. Empty where the classes are not
 * there (outside Payara: unit and view tests).
 */
public final class PayaraQualifiers {

    public static final String OUTBOUND = "fish.payara.micro.cdi.Outbound";
    public static final String INBOUND = "fish.payara.micro.cdi.Inbound";

    private PayaraQualifiers() {
    }

    public static Optional<Annotation> of(String className) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<? extends Annotation> type = Class.forName(className, false, loader == null ? PayaraQualifiers.class.getClassLoader() : loader)
                    .asSubclass(Annotation.class);
            return Optional.of(defaults(type));
        } catch (ClassNotFoundException | LinkageError | ClassCastException absent) {
            return Optional.empty();
        }
    }

    /** An instance of {@code type} whose every member has its default value. */
    public static <A extends Annotation> A defaults(Class<A> type) {
        return with(type, java.util.Map.of());
    }

    /** An instance of {@code type} with the member values of {@code values}, the others their defaults. */
    public static <A extends Annotation> A with(Class<A> type, java.util.Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Members(type, values)));
    }

    /**
     * What the instance answers. Serializable, as Payara sends an event's qualifiers with it to the other nodes (a
     * proxy serializes as its interfaces and its handler).
     */
    private static final class Members implements InvocationHandler, Serializable {

        private static final long serialVersionUID = 1L;
        private final Class<? extends Annotation> type;
        private final java.util.HashMap<String, Object> values;

        Members(Class<? extends Annotation> type, java.util.Map<String, Object> values) {
            this.type = type;
            this.values = new java.util.HashMap<>(values);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            return switch (method.getName()) {
                case "annotationType" -> type;
                case "equals" -> equal(type, proxy, args[0]);
                case "hashCode" -> hash(type, proxy);
                case "toString" -> "@" + type.getName() + values;
                default -> values.getOrDefault(method.getName(), method.getDefaultValue());
            };
        }
    }

    private static boolean equal(Class<? extends Annotation> type, Object self, Object other) throws ReflectiveOperationException {
        if (!type.isInstance(other)) {
            return false;
        }
        for (Method member : type.getDeclaredMethods()) {
            if (!Arrays.deepEquals(new Object[] {member.invoke(self)}, new Object[] {member.invoke(other)})) {
                return false;
            }
        }
        return true;
    }

    /** As {@link Annotation#hashCode()} defines it: the sum of (127 × name's hash) XOR value's hash over the members. */
    private static int hash(Class<? extends Annotation> type, Object self) throws ReflectiveOperationException {
        int hash = 0;
        for (Method member : type.getDeclaredMethods()) {
            Object value = member.invoke(self);
            int valueHash = value.getClass().isArray() ? Arrays.deepHashCode(new Object[] {value}) - 31 : value.hashCode();
            hash += (127 * member.getName().hashCode()) ^ valueHash;
        }
        return hash;
    }
}
