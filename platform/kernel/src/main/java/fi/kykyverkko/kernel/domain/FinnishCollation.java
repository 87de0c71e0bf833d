package fi.kykyverkko.kernel.domain;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Finnish alphabetical order (å, ä, ö after z; w with v as the standard says for the JDK collator). Sorting many
 * rows goes through {@link #sort}: each name's collation key is computed once, which halved the cost of the
 * catalogue's sorted search compared with comparing through the collator (networks' CatalogueSearchBenchmark).
 */
public final class FinnishCollation {

    public static final Locale FINNISH = Locale.forLanguageTag("fi-FI");

    /** Compares two texts in Finnish order; null sorts first. */
    public static final Comparator<String> ORDER = Comparator.nullsFirst(collator()::compare);

    private FinnishCollation() {
    }

    /** A new Finnish collator (collators are not thread-safe to share while keys are made). */
    public static Collator collator() {
        return Collator.getInstance(FINNISH);
    }

    /** The rows sorted by {@code name} in Finnish order, each name's collation key computed once. */
    public static <T> List<T> sort(Collection<T> rows, Function<T, String> name) {
        Collator finnish = collator();
        record Keyed<T>(CollationKey key, T row) {
        }
        return rows.stream()
                .map(r -> new Keyed<>(finnish.getCollationKey(name.apply(r) == null ? "" : name.apply(r)), r))
                .sorted(Comparator.comparing(Keyed::key))
                .map(Keyed::row)
                .toList();
    }
}
