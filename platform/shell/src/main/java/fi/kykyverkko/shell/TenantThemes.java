package fi.kykyverkko.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.StreamResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Region themes applied at runtime, without rebuilding the portal: {@code <kyky.themes.dir>/<name>/theme.json}
 * gives colours (Lumo custom properties) and optionally a logo file. A new region gets a theme by adding a folder.
 */
@ApplicationScoped
public class TenantThemes {

    private static final Logger LOG = Logger.getLogger(TenantThemes.class.getName());
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    static final Theme BASE = new Theme("#1f5f8b", "#17496b", null);

    @Inject
    @ConfigProperty(name = "kyky.themes.dir")
    Optional<String> directory;

    /** Colours of a theme; {@code primaryText} must keep 4.5:1 contrast on white (WCAG AA). */
    public record Theme(String primary, String primaryText, Path logo) {
    }

    public Theme load(String name) {
        if (directory.isEmpty() || name == null || !NAME.matcher(name).matches()) {
            return BASE;
        }
        Path folder = Path.of(directory.get()).resolve(name).toAbsolutePath().normalize();
        Path file = folder.resolve("theme.json");
        if (!Files.isRegularFile(file)) {
            return name.equals("base") ? BASE : load("base");
        }
        try {
            JsonObject json = Json.createReader(new StringReader(Files.readString(file))).readObject();
            String primary = json.getString("primaryColor", BASE.primary());
            String text = json.getString("primaryTextColor", primary);
            if (!COLOUR.matcher(primary).matches() || !COLOUR.matcher(text).matches()) {
                LOG.warning(() -> file + ": colours must be #rrggbb; using the base theme");
                return BASE;
            }
            Path logo = json.containsKey("logo") ? folder.resolve(json.getString("logo")).normalize() : null;
            if (logo != null && (!logo.startsWith(folder) || !Files.isRegularFile(logo))) {
                logo = null;
            }
            return new Theme(primary, text, logo);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Theme " + file + " cannot be read (" + e.getMessage() + "); using the base theme");
            return BASE;
        }
    }

    /** Names of the themes available, "base" first. */
    public java.util.List<String> names() {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("base"));
        if (directory.isPresent() && Files.isDirectory(Path.of(directory.get()))) {
            try (var dirs = Files.list(Path.of(directory.get()))) {
                dirs.filter(d -> Files.isRegularFile(d.resolve("theme.json"))).map(d -> d.getFileName().toString())
                        .filter(n -> NAME.matcher(n).matches() && !n.equals("base")).sorted().forEach(names::add);
            } catch (IOException e) {
                LOG.warning(() -> "Cannot list themes in " + directory.get() + ": " + e.getMessage());
            }
        }
        return names;
    }

    public void apply(String name, UI ui) {
        Theme theme = load(name);
        ui.getPage().executeJs("const s = document.documentElement.style;"
                + "s.setProperty('--lumo-primary-color', $0);"
                + "s.setProperty('--lumo-primary-text-color', $1);"
                + "s.setProperty('--lumo-primary-color-50pct', $0 + '80');"
                + "s.setProperty('--lumo-primary-color-10pct', $0 + '1a');", theme.primary(), theme.primaryText());
    }

    /** The theme's logo as a resource for an {@code Image}, if it has one. */
    public Optional<StreamResource> logo(String name) {
        Path logo = load(name).logo();
        if (logo == null) {
            return Optional.empty();
        }
        return Optional.of(new StreamResource(logo.getFileName().toString(), () -> {
            try {
                return new ByteArrayInputStream(Files.readAllBytes(logo));
            } catch (IOException e) {
                return new ByteArrayInputStream(new byte[0]);
            }
        }));
    }
}
