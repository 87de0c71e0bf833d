package fi.kykyverkko.networks;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Reads a choice typed by a person ("Kela", "TE-palvelut", "NGO", "te_services") as one of an enum's values:
 * its name or its label in Finnish, Swedish or English, ignoring case and punctuation.
 */
public final class EnumLabels {

    private static final Locale[] LANGUAGES = {Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("en")};

    private EnumLabels() {
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text, Function<E, String> labelKey) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = simplify(text);
        List<ResourceBundle> bundles = Arrays.stream(LANGUAGES).map(NetworksModule::texts).toList();
        for (E value : type.getEnumConstants()) {
            if (simplify(value.name()).equals(wanted)) {
                return Optional.of(value);
            }
            for (ResourceBundle bundle : bundles) {
                String key = labelKey.apply(value);
                if (bundle.containsKey(key) && simplify(bundle.getString(key)).equals(wanted)) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The Finnish label, for files people open in Excel. */
    public static <E extends Enum<E>> String finnish(E value, Function<E, String> labelKey) {
        return NetworksModule.texts(LANGUAGES[0]).getString(labelKey.apply(value));
    }

    private static String simplify(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
