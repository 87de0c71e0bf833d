package fi.kykyverkko.panels.member;

import java.util.List;

/**
 * What a form posted on the member page came to: which form ({@code memo-comment} or {@code own-mood}), whether it
 * was stored, the problems' keys if not (then the page answers 422 and shows them beside the form), and the text
 * the member wrote, to give it back to them.
 */
public record MemberPost(String form, boolean done, List<String> problems, String given) {

    public static MemberPost done(String form) {
        return new MemberPost(form, true, List.of(), null);
    }

    public static MemberPost refused(String form, List<String> problems, String given) {
        return new MemberPost(form, false, List.copyOf(problems), given);
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9-]{16,64}");

    /** A new key for a form as it is shown: a retried post of the same form carries it again. */
    public static String newKey() {
        return java.util.UUID.randomUUID().toString();
    }

    /** Whether a posted key has the shape of one {@link #newKey()} makes (anything else is not trusted as a key). */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public boolean is(String name) {
        return form.equals(name);
    }
}
