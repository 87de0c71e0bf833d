package fi.kykyverkko.kernel.guard;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds street addresses: a street name made with a Finnish or Swedish street word ({@code -katu, -tie, -kuja, -polku,
 * -väylä, -raitti, -ranta, -tori, -kaari, -rinne, -puistikko, -aukio, -piha, -mäki; -gatan, -vägen, -gränd(en),
 * -stigen, -torget, -kajen}), also inflected ({@code Kauppakadulla}, {@code Rantatiellä}), then a house number
 * ({@code 12}, {@code 12a}, {@code 3–5}), then optionally the staircase and flat ({@code A 12}, {@code B5},
 * {@code as. 3}, {@code lgh 4}) and the postal code and town ({@code 00100 Helsinki}).
 *
 * <p>The street word must end a compound ({@code Kauppa|katu}): the bare words ({@code tie}, {@code ranta},
 * {@code tori}) are everyday words, and "rannalla 3 kertaa" is no address. A street without a number is not
 * flagged (it does not point at a home), nor a postal code alone.
 */
final class StreetAddresses {

    /** Words that name nothing but a street: in any case. */
    private static final String STREET_WORD = "(?iu:katu|kadu|tie|kuja|polku|polu|väylä|gatan|vägen|gränden|gränd|stigen|torget|kajen)";
    /** Street words that also end everyday compounds ({@code mentori}, {@code kotipiha}, {@code merenranta}): capitalised only. */
    private static final String PLACE_WORD = "(?iu:raitti|raiti|ranta|ranna|tori|kaari|kaare|rinne|rintee|puistikko|puistiko|aukio|piha|mäki|mäe)";
    private static final String CASE_ENDING = "(?iu:n|lla|llä|lle|lta|ltä|ssa|ssä|sta|stä|en|an|ään)?";
    private static final String SPACE = "[ \\u00A0]";
    private static final String NUMBER = "\\d{1,3}(?:[a-hA-H](?![\\p{L}\\p{N}]))?(?:[-\\u2013]\\d{1,3}[a-hA-H]?)?(?![\\p{N}])(?![.,]\\d)";
    private static final String FLAT = "(?:" + SPACE + "?,?" + SPACE + "*(?:[A-H]" + SPACE + "?\\d{1,3}|(?iu:as\\.?|asunto|lgh\\.?|bst\\.?)" + SPACE
            + "?\\d{1,3}|[A-H](?![\\p{L}\\p{N}]))(?![\\p{N}]))?";
    private static final String POSTAL = "(?:" + SPACE + "*,?" + SPACE + "*(?:FI-)?\\d{5}" + SPACE + "+\\p{Lu}\\p{L}+(?:-\\p{L}+)?)?";
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}[\\p{L}-]*\\p{L}" + STREET_WORD
            + "|\\p{Lu}[\\p{L}-]*\\p{L}" + PLACE_WORD + ")" + CASE_ENDING
            + SPACE + "+" + NUMBER + FLAT + POSTAL);

    private StreetAddresses() {
    }

    static void find(String text, Consumer<Finding> found) {
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            found.accept(Finding.of(Finding.Kind.ADDRESS, m.start(), m.end()));
        }
    }
}
