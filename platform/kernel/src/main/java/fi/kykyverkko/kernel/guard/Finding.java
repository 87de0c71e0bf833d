package fi.kykyverkko.kernel.guard;

import java.util.Objects;

/**
 * One thing the identity guard found: its kind, where it is in the checked text ({@code start} inclusive, {@code end}
 * exclusive, in UTF-16 chars as JavaScript and Vaadin count them, for highlighting) and the translation key that says
 * why it must go ({@code guard.<kind>}, kernel bundle {@code i18n/validation}).
 *
 * <p>A finding never carries the text it points at, so a finding that reaches a log line, a message or an exception
 * shows no more than its place: the caller highlights it in the text it already has.
 */
public record Finding(Kind kind, int start, int end, String key) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a finding covers at least one character");
        }
        Objects.requireNonNull(key, "key");
    }

    static Finding of(Kind kind, int start, int end) {
        return new Finding(kind, start, end, kind.key());
    }

    /** How many characters it covers. */
    public int length() {
        return end - start;
    }

    /** What the guard looks for. */
    public enum Kind {
        IDENTITY_CODE("identity-code"),
        PHONE("phone"),
        EMAIL("email"),
        ADDRESS("address"),
        NAME("name");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The kind as the API names it: {@code identity-code}, {@code phone}, {@code email}, {@code address}, {@code name}. */
        public String code() {
            return code;
        }

        /** The translation key of why it must go. */
        public String key() {
            return "guard." + code;
        }
    }
}
