package fi.kykyverkko.kernel.guard;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses: {@code name@domain.fi} with letters of any language on both sides, and the disguised
 * {@code name (at) domain.fi} / {@code name[at]domain.fi} people write to keep an address from robots.
 */
final class EmailAddresses {

    private static final String LOCAL = "[\\p{L}\\p{N}._%+'-]*[\\p{L}\\p{N}]";
    private static final String AT = "(?:@|[ \\u00A0]?[\\(\\[\\{][ ]?(?i:at|ät)[ ]?[\\)\\]\\}][ \\u00A0]?)";
    /**
     * At most 31 labels before the top-level one: a repeated group costs Java's matcher stack frames per repetition,
     * so an unbounded one threw StackOverflowError on a 2000-character "x@y.y.y…" (no real domain has that many).
     */
    private static final String DOMAIN = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:(?:\\.|[ ]?[\\(\\[](?i:dot|piste)[\\)\\]][ ]?)[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?){0,30}(?:\\.|[ ]?[\\(\\[](?i:dot|piste)[\\)\\]][ ]?)\\p{L}{2,}";
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}._%+'-])" + LOCAL + AT + DOMAIN + "(?![\\p{L}\\p{N}])");

    private EmailAddresses() {
    }

    static void find(String text, Consumer<Finding> found) {
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            found.accept(Finding.of(Finding.Kind.EMAIL, m.start(), m.end()));
        }
    }
}
