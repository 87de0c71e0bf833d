package fi.kykyverkko.shell.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture rule behind "Finnish throughout": a Vaadin component that shows built-in English texts is
 * made only by the shell kit's factories ({@link Pickers}, {@link Uploads}, {@link Dialogs}), which give it the
 * portal's texts. A module that writes {@code new Upload(...)} (or subclasses one) fails here, naming the line.
 */
class KitComponentsTest {

    /** Components with built-in English (checked in Vaadin 24.9's web components) and the kit factory for each. */
    static final List<String> KIT_ONLY = List.of("Upload", "DatePicker", "DateTimePicker", "TimePicker", "MultiSelectComboBox",
            "ConfirmDialog");

    static final Pattern MADE = Pattern.compile("(?:new\\s+(?:[\\w.]+\\.)?|extends\\s+(?:[\\w.]+\\.)?)(" + String.join("|", KIT_ONLY)
            + ")\\s*(?:<[^>()]*>)?\\s*[({]");

    @Test
    void theRuleRecognisesEveryWayOfMakingOne() {
        assertEquals(List.of("Upload", "MultiSelectComboBox", "DatePicker", "ConfirmDialog", "TimePicker"),
                found("Upload u = new Upload(buffer); var m = new MultiSelectComboBox<Person>(label);"
                        + " var d = new com.vaadin.flow.component.datepicker.DatePicker(\"x\");"
                        + " class Ask extends ConfirmDialog { } var t = new TimePicker ();"));
        assertEquals(List.of(), found("new DatePicker.DatePickerI18n(); Upload upload = Uploads.upload(buffer, locale);"
                + " new UploadI18N(); DatePicker picker = Pickers.date(label, locale);"));
    }

    @Test
    void noModuleMakesThemOutsideTheKit() throws IOException {
        Path root = repositoryRoot();
        Path kit = root.resolve("platform/shell/src/main/java/fi/kykyverkko/shell/kit");
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        for (String parent : List.of("platform", "plugins")) {
            try (Stream<Path> files = Files.walk(root.resolve(parent))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
                        && !f.startsWith(kit)).toList()) {
                    scanned++;
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        for (String component : found(lines.get(i))) {
                            offenders.add(root.relativize(file) + ":" + (i + 1) + " makes a " + component + " outside the shell kit");
                        }
                    }
                }
            }
        }
        assertTrue(scanned > 50, "only " + scanned + " source files found under " + root + ": is this the repository?");
        assertTrue(offenders.isEmpty(), "Vaadin shows its own English texts in these; use Pickers, Uploads or Dialogs:\n"
                + String.join("\n", offenders));
    }

    private static List<String> found(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = MADE.matcher(source);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The checkout this test runs in: the nearest folder above the module with both platform/ and plugins/. */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("platform")) && Files.isDirectory(p.resolve("plugins"))) {
                return p;
            }
        }
        throw new UncheckedIOException(new IOException("no repository root above " + Path.of("").toAbsolutePath()));
    }
}
