package fi.kykyverkko.kernel.guard;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.function.Consumer;

/**
 * Finds phone numbers with libphonenumber, read as Finnish where no country code is given: {@code 040 123 4567},
 * {@code 040-1234567}, {@code +358 40 123 4567}, {@code 09 123 4567}, {@code (09) 1234 567}, and any foreign number
 * written with its {@code +} code.
 *
 * <p>Leniency {@code VALID}: the number must be one the country's numbering plan gives out. {@code POSSIBLE} (the
 * right length only) also takes dates ({@code 12.3.2025}), times ({@code 14.00–15.00}), case numbers
 * ({@code 123/2025}, {@code 2025-1234}) and eight-digit references for numbers; {@code IdentityGuardTest} shows both.
 * On top of that a match must begin as Finns write a number, with the trunk {@code 0}, a {@code (0} or a {@code +}:
 * a digit string that merely happens to be a valid subscriber number without its {@code 0} is a reference, not a phone.
 */
final class PhoneNumbers {

    static final String REGION = "FI";
    static final PhoneNumberUtil.Leniency LENIENCY = PhoneNumberUtil.Leniency.VALID;

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    static void find(String text, Consumer<Finding> found) {
        for (PhoneNumberMatch match : NUMBERS.findNumbers(text, REGION, LENIENCY, Long.MAX_VALUE)) {
            String raw = match.rawString();
            if (writtenAsAPhoneNumber(raw)) {
                found.accept(Finding.of(Finding.Kind.PHONE, match.start(), match.end()));
            }
        }
    }

    private static boolean writtenAsAPhoneNumber(String raw) {
        String start = raw.replace(" ", "");
        return start.startsWith("+") || start.startsWith("0") || start.startsWith("(0") || start.startsWith("(+");
    }
}
