package fi.kykyverkko.kernel.guard;

import fi.kykyverkko.kernel.privacy.IdentityCode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identity codes in any form a person types one: any century sign the kernel's {@link IdentityCode}
 * knows (it decides, so the 2023 signs and any later ones count without a change here), upper or lower case, a space
 * on either side of the sign or a space instead of it, and the dashes a word processor makes of a hyphen.
 *
 * <p>A mistyped code still tells who a person is, so the check character is not checked and neither is the date
 * beyond its shape: anything that reads as {@code DDMMYY} (day 01–31, month 01–12), a sign, three digits and a
 * character is flagged. A real code is always flagged; six digits that cannot be a day and a month are not.
 */
final class IdentityCodes {

    /** Every dash a hyphen becomes: hyphen, non-breaking hyphen, figure dash, en and em dash, minus sign. */
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212";

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{2})(\\d{2})(\\d{2})(?:[ \\u00A0]?([-+\\p{L}" + DASHES + "])[ \\u00A0]?|[ \\u00A0])(\\d{3})(\\p{L}|\\d)(?![\\p{L}\\p{N}])");

    /** What {@link IdentityCode#problemWith} says of a shape that is not a code at all (an unknown sign); typos stay codes. */
    private static final List<String> NOT_A_CODE = List.of("validation.identity-code.format", "validation.identity-code.century");

    private IdentityCodes() {
    }

    static void find(String text, Consumer<Finding> found) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (identityCodeShaped(m)) {
                found.accept(Finding.of(Finding.Kind.IDENTITY_CODE, m.start(), m.end()));
            }
        }
    }

    private static boolean identityCodeShaped(Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        char check = m.group(6).toUpperCase(Locale.ROOT).charAt(0);
        if (!(check >= '0' && check <= '9' || check >= 'A' && check <= 'Z')) {
            return false;
        }
        String sign = m.group(4);
        if (sign == null) {
            return true; // a space where the sign goes: no century, still the person's code
        }
        char c = sign.charAt(0);
        String normalised = m.group(1) + m.group(2) + m.group(3) + (DASHES.indexOf(c) >= 0 ? '-' : c) + m.group(5) + check;
        String problem = IdentityCode.problemWith(normalised);
        return problem == null || !NOT_A_CODE.contains(problem);
    }
}
