package fi.kykyverkko.kernel.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is wrong with a piece of input, field by field, as translation keys. The same checks serve the forms
 * (shown next to the field), CSV imports (listed per row) and the REST API (a 400 answer), so a rule is
 * written once.
 */
public final class Problems {

    /** The kernel's validation texts (fi/sv/en); a module's own rules use keys of the module's bundle. */
    public static final String BUNDLE = "i18n/validation";

    /** One problem: the field it belongs to, a translation key (kernel or module bundle), and its arguments. */
    public record Problem(String field, String key, List<Object> args) {

        /** The text in {@code language} when the key is one of the kernel's (code outside Vaadin); else the key. */
        public String text(java.util.Locale language) {
            java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle(BUNDLE, language, Problems.class.getClassLoader(),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            return texts.containsKey(key) ? new java.text.MessageFormat(texts.getString(key), language).format(args.toArray()) : key;
        }
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,20}$");
    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,59}$");

    private final List<Problem> list = new ArrayList<>();

    public Problems add(String field, String key, Object... args) {
        list.add(new Problem(field, key, List.of(args)));
        return this;
    }

    public Problems required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, "validation.required");
        }
        return this;
    }

    public Problems maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) { // characters, as the columns count them
            add(field, "validation.too-long", max);
        }
        return this;
    }

    public Problems email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.trim()).matches()) {
            add(field, "validation.email");
        }
        return this;
    }

    public Problems phone(String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value.trim()).matches()) {
            add(field, "validation.phone");
        }
        return this;
    }

    /** Web addresses must be http(s): anything else (javascript:, data:) could run in a reader's browser. */
    public Problems url(String field, String value) {
        if (value != null && !value.isBlank()) {
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            if (!(v.startsWith("https://") || v.startsWith("http://")) || v.contains(" ")) {
                add(field, "validation.url");
            }
        }
        return this;
    }

    /**
     * A time span: both ends required, the end after the start (reported on {@code endsAt}), and the place
     * or online link checked, as meetings and events alike have them.
     */
    public Problems timeAndPlace(java.time.Instant startsAt, java.time.Instant endsAt, String place, String onlineLink) {
        required("startsAt", startsAt).required("endsAt", endsAt).maxLength("place", place, 300).url("onlineLink", onlineLink);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            add("endsAt", "validation.ends-before-start");
        }
        return this;
    }

    /** Codes are the keys imports match on: lower-case letters, digits and hyphens. */
    public Problems code(String field, String value) {
        required(field, value);
        if (value != null && !value.isBlank() && !CODE.matcher(value).matches()) {
            add(field, "validation.code");
        }
        return this;
    }

    /** Adds every problem of {@code other} (e.g. those a setter refused) to these. */
    public Problems addAll(Problems other) {
        list.addAll(other.list);
        return this;
    }

    /**
     * Runs {@code change} (a setter that guards its invariant) and keeps the problems it refuses with, so a form
     * or an import row can try every field and report every problem at once; true when it was accepted.
     */
    public boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidInputException refused) {
            addAll(refused.problems());
            return false;
        }
    }

    /**
     * When values were refused (by {@link #attempt}), adds the problems {@code row}'s own rules find in the fields
     * not yet reported, so the person sees every problem at once; nothing when none was refused (the save checks).
     */
    public Problems withRulesOf(Stamped row) {
        if (!list.isEmpty()) {
            for (Problem p : row.check().list()) {
                if (of(p.field()).isEmpty()) {
                    list.add(p);
                }
            }
        }
        return this;
    }

    /** Refuses a value at once (in a setter or constructor): throws {@link InvalidInputException} with one problem. */
    public static void refuse(String field, String key, Object... args) {
        throw refusal(field, key, args);
    }

    /**
     * The exception {@link #refuse} throws, for {@code throw Problems.refusal(...)} where the code after it relies on
     * the refusal (a null check): the compiler and the static analysis then see that it never goes on.
     */
    public static InvalidInputException refusal(String field, String key, Object... args) {
        return new InvalidInputException(new Problems().add(field, key, args));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    public List<Problem> of(String field) {
        return list.stream().filter(p -> p.field().equals(field)).toList();
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(this);
        }
    }

    /** Space at either end, Unicode's too: a name of only a no-break space (U+00A0) or a zero-width space is empty. */
    private static final java.util.regex.Pattern EDGE_SPACE =
            java.util.regex.Pattern.compile("^[\\s\\p{Z}\\u200B\\uFEFF]+|[\\s\\p{Z}\\u200B\\uFEFF]+$");

    /** Trims, and turns blank into null, so optional fields are stored as absent rather than empty. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = EDGE_SPACE.matcher(value).replaceAll("");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
