package fi.kykyverkko.kernel.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Finnish personal identity code (henkilötunnus, HETU): {@code DDMMYYCZZZQ}. Made only from a valid code:
 * a real date, a known century sign (the 2023 additions {@code Y X W V U} for the 1900s and {@code B C D E F} for the
 * 2000s included), an individual number 002–999 and the right check character.
 *
 * <p>{@link #toString()} is the masked form, so a code that slips into a log line or a message shows no more than a
 * list does. The full code is {@link #value()}, for encryption and for the lookup hash only.
 */
public final class IdentityCode {

    /** Individual numbers 900–999 are for temporary codes and never issued to people: the demo data use them. */
    public static final int FIRST_TEMPORARY_NUMBER = 900;

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /** The shape alone, valid or not: six digits, a century sign {@link #century} knows, three digits, a character. */
    private static final Pattern SHAPE =
            Pattern.compile("(?<![0-9A-Z])\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y](?![0-9A-Z])", Pattern.CASE_INSENSITIVE);

    private final String value;
    private final LocalDate birthDate;
    private final int individualNumber;

    private IdentityCode(String value, LocalDate birthDate, int individualNumber) {
        this.value = value;
        this.birthDate = birthDate;
        this.individualNumber = individualNumber;
    }

    /** The code in {@code text} (spaces around it and lower case allowed); {@link InvalidIdentityCode} says what is wrong. */
    public static IdentityCode parse(String text) {
        String code = normalise(text);
        String problem = problemWith(code);
        if (problem != null) {
            throw new InvalidIdentityCode(problem);
        }
        return new IdentityCode(code, birthDate(code), Integer.parseInt(code.substring(7, 10)));
    }

    /**
     * The code for {@code birthDate} and {@code individualNumber} (2–999), with the classic century sign
     * ({@code + - A}) and its check character: for demo data, which use the temporary numbers 900–999.
     */
    public static IdentityCode of(LocalDate birthDate, int individualNumber) {
        if (individualNumber < 2 || individualNumber > 999 || birthDate.getYear() < 1800 || birthDate.getYear() > 2099) {
            throw new IllegalArgumentException("No identity code for that date and number");
        }
        String date = String.format("%02d%02d%02d", birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear() % 100);
        String number = String.format("%03d", individualNumber);
        char sign = birthDate.getYear() < 1900 ? '+' : birthDate.getYear() < 2000 ? '-' : 'A';
        return parse(date + sign + number + checkCharacter(date + number));
    }

    /**
     * The translation key (kernel bundle {@code i18n/validation}) of what is wrong with {@code text} as a code, or
     * null when it is valid. The key never carries the code itself.
     */
    public static String problemWith(String text) {
        String code = normalise(text);
        if (code.length() != 11 || !digits(code, 0, 6) || !digits(code, 7, 10)) {
            return "validation.identity-code.format";
        }
        if (century(code.charAt(6)) == 0) {
            return "validation.identity-code.century";
        }
        if (birthDate(code) == null) {
            return "validation.identity-code.date";
        }
        if (Integer.parseInt(code.substring(7, 10)) < 2) {
            return "validation.identity-code.individual-number";
        }
        if (code.charAt(10) != checkCharacter(code.substring(0, 6) + code.substring(7, 10))) {
            return "validation.identity-code.check";
        }
        return null;
    }

    /**
     * Whether {@code text} holds something shaped like an identity code, valid or mistyped: for the places that must
     * never keep one (the audit log's free text), where a code with a wrong check character is just as personal.
     */
    public static boolean appearsIn(String text) {
        return text != null && SHAPE.matcher(text).find();
    }

    /** The check character for the nine digits {@code DDMMYYZZZ}. */
    static char checkCharacter(String nineDigits) {
        return CHECK_CHARACTERS.charAt((int) (Long.parseLong(nineDigits) % 31));
    }

    /** The full code, upper case: only for sealing it and hashing it, never for showing. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** A temporary number (900–999): never a real person's, as in the demo data. */
    public boolean temporary() {
        return individualNumber >= FIRST_TEMPORARY_NUMBER;
    }

    /** As lists show it: the date part and the century sign, the rest hidden ({@code 010190A****}). */
    public String masked() {
        return value.substring(0, 7) + "****";
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The first year of the century the sign stands for; 0 for an unknown sign. */
    private static int century(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> 0;
        };
    }

    private static LocalDate birthDate(String code) {
        try {
            return LocalDate.of(century(code.charAt(6)) + Integer.parseInt(code.substring(4, 6)),
                    Integer.parseInt(code.substring(2, 4)), Integer.parseInt(code.substring(0, 2)));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** A code that is not valid; the message is a translation key and never holds the code. */
    public static final class InvalidIdentityCode extends IllegalArgumentException {
        public InvalidIdentityCode(String key) {
            super(key);
        }

        public String key() {
            return getMessage();
        }
    }
}
