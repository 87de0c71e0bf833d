package fi.kykyverkko.kernel.exchange.csv;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A column the caller expects in an uploaded file.
 *
 * @param name             the name rows are read by ({@link CsvRow#get(String)}); also accepted as a header
 * @param required         a file without this column is rejected as a whole
 * @param aliases          other accepted header texts, e.g. the Finnish and English names
 * @param allowLeadingSign cells may start with {@code +} or {@code -} when the whole cell is a signed number or
 *                         phone number ({@code -12}, {@code -1 234,5}, {@code +358 40 123 4567}); see
 *                         {@link CsvReader} for the formula rule this relaxes
 */
public record CsvColumn(String name, boolean required, List<String> aliases, boolean allowLeadingSign) {

    public CsvColumn {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A column needs a name");
        }
        aliases = List.copyOf(aliases);
    }

    public static CsvColumn required(String name, String... aliases) {
        return new CsvColumn(name, true, List.of(aliases), false);
    }

    public static CsvColumn optional(String name, String... aliases) {
        return new CsvColumn(name, false, List.of(aliases), false);
    }

    /** This column, also accepting cells that are a signed number or an international phone number. */
    public CsvColumn allowingLeadingSign() {
        return new CsvColumn(name, required, aliases, true);
    }

    /** Whether a header cell names this column: its name or an alias, ignoring case and surrounding spaces. */
    boolean matches(String header) {
        String wanted = normalise(header);
        return normalise(name).equals(wanted) || aliases.stream().anyMatch(alias -> normalise(alias).equals(wanted));
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
