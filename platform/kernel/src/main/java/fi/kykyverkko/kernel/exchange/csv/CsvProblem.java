package fi.kykyverkko.kernel.exchange.csv;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something wrong in an uploaded file, as a message key for the user's language plus its arguments.
 *
 * <p>Never carries a cell value (cells may hold personal identity codes): at most the line, the column name
 * and header texts.
 *
 * @param line      the file line (1-based, header = 1), or 0 for a problem with the whole file
 * @param column    the declared column name, or "" when the problem is not about one column
 * @param key       message key in the {@code i18n/exchange} bundle, e.g. {@code csv.formula}
 * @param arguments {@link MessageFormat} arguments of that message
 * @param error     true: the file (line 0) or row must not be imported; false: a warning
 */
public record CsvProblem(int line, String column, String key, List<Object> arguments, boolean error) {

    /** Base name of the translation bundle ({@code i18n/exchange.properties} is Finnish). */
    public static final String BUNDLE = "i18n.exchange";

    public CsvProblem {
        arguments = List.copyOf(arguments);
    }

    static CsvProblem fileError(String key, Object... arguments) {
        return new CsvProblem(0, "", key, List.of(arguments), true);
    }

    static CsvProblem fileWarning(String key, Object... arguments) {
        return new CsvProblem(0, "", key, List.of(arguments), false);
    }

    static CsvProblem rowError(int line, String column, String key, Object... arguments) {
        return new CsvProblem(line, column, key, List.of(arguments), true);
    }

    /** The message in Finnish, Swedish or English (other languages get Finnish). */
    public String text(Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, CsvProblem.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(arguments.toArray());
        } catch (MissingResourceException missing) {
            return key + " " + arguments;
        }
    }

    /** The English text, for logs and tests. */
    public String defaultText() {
        return text(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return (error ? "ERROR " : "WARNING ") + key + ": " + defaultText();
    }
}
