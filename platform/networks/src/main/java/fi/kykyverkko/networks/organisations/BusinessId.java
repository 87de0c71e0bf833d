package fi.kykyverkko.networks.organisations;

import java.util.regex.Pattern;

/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is computed
 * from the digits weighted 7, 9, 10, 5, 8, 4, 2: remainder 0 gives 0, remainder 1 is never issued, otherwise
 * 11 minus the remainder. Old six-digit IDs are written with a leading zero.
 */
public final class BusinessId {

    private static final Pattern FORMAT = Pattern.compile("\\d{6,7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {
    }

    /** The canonical form ("0246246-0"), or null when {@code value} is not a valid business ID. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (!FORMAT.matcher(v).matches()) {
            return null;
        }
        if (v.length() == 8) {
            v = "0" + v;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (v.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return null;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check == v.charAt(8) - '0' ? v : null;
    }

    public static boolean isValid(String value) {
        return normalise(value) != null;
    }

    /** Whether {@code value} is written as a business ID (digits, hyphen, digit), whatever its check digit. */
    public static boolean hasFormat(String value) {
        return value != null && FORMAT.matcher(value.strip()).matches();
    }
}
