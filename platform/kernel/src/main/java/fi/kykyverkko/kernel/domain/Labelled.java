package fi.kykyverkko.kernel.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A choice with a label in the module's texts (an enum such as an organisation type). The one way to show a
 * choice and to read one typed by a person ("Kela", "TE-palvelut", "NGO", "te_services"): its name or its label
 * in Finnish, Swedish or English, ignoring case and punctuation.
 */
public interface Labelled {

    /** The portal's languages, Finnish first. */
    List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("en"));

    /** The key of this choice's label in its module's bundle. */
    String labelKey();

    /** The label in the language of {@code texts}. */
    default String label(ResourceBundle texts) {
        return texts.getString(labelKey());
    }

    /**
     * The value of {@code type} that {@code text} names, by name or by label in any language; {@code texts} gives
     * the module's bundle in a language.
     */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text, Function<Locale, ResourceBundle> texts) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = simplify(text);
        List<ResourceBundle> bundles = LANGUAGES.stream().map(texts).toList();
        for (E value : type.getEnumConstants()) {
            if (simplify(value.name()).equals(wanted)) {
                return Optional.of(value);
            }
            for (ResourceBundle bundle : bundles) {
                if (bundle.containsKey(value.labelKey()) && simplify(bundle.getString(value.labelKey())).equals(wanted)) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The Finnish label, for files people open in Excel. */
    static String finnish(Labelled value, Function<Locale, ResourceBundle> texts) {
        return value.label(texts.apply(LANGUAGES.get(0)));
    }

    private static String simplify(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
