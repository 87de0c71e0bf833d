package fi.kykyverkko.kernel.exchange.ical;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organizer or attendee: a display name and an e-mail address.
 *
 * @param name  shown by calendar programs (CN); may be empty
 * @param email a plain address without display name, e.g. {@code maija.meikalainen@example.fi}
 */
public record IcsPerson(String name, String email) {

    /** Deliberately simple: one @, and nothing that could end the line or the parameter it is written into. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@:;,\"<>\\\\]+@[^\\s@:;,\"<>\\\\]+");

    public IcsPerson {
        name = name == null ? "" : name;
        Objects.requireNonNull(email, "email");
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Not a plain e-mail address");
        }
    }
}
