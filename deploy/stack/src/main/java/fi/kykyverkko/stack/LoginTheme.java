package fi.kykyverkko.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The portal's Keycloak login theme ({@code deploy/keycloak/themes/kykyverkko}) and the looks it shows: the
 * portal's base theme and each region's colours and logo, read from the portal's {@code themes/} folder.
 *
 * <p>Keycloak reads a theme from a folder under its {@code themes/} directory without a rebuild, so the stack
 * copies the theme there on every start (an upgraded theme replaces the old copy) and writes {@code looks.css}
 * and the logos beside it. A region's look is keyed by its theme name, which the portal sends with the login.
 */
public final class LoginTheme {

    /** The theme's name in Keycloak, the realm's {@code loginTheme}. */
    public static final String NAME = "kykyverkko";

    private static final Pattern THEME_ID = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern LOGO = Pattern.compile("[A-Za-z0-9._-]{1,80}\\.(svg|png)");
    private static final System.Logger LOG = System.getLogger(LoginTheme.class.getName());

    private final Path source;
    private final Path looks;

    /**
     * @param source the theme folder ({@code deploy/keycloak/themes/kykyverkko}), holding {@code login/theme.properties}
     * @param looks  the portal's themes folder ({@code themes/}, as {@code KYKY_THEMES_DIR}); null or missing leaves
     *               Keycloak's own colours
     */
    public LoginTheme(Path source, Path looks) {
        this.source = source.toAbsolutePath().normalize();
        this.looks = looks == null ? null : looks.toAbsolutePath().normalize();
    }

    /** A look: colours and logo of one portal theme, checked so nothing else can reach the CSS. */
    record Look(String id, String name, String primary, String primaryText, Path logo) {
    }

    /** Checks that the theme folder is there, before anything is started. */
    public void requireSource() {
        if (!Files.isRegularFile(source.resolve("login/theme.properties"))) {
            throw new IllegalStateException("Keycloak login theme not found: " + source.resolve("login/theme.properties"));
        }
    }

    /** Replaces {@code keycloakHome/themes/kykyverkko} with the theme and the current looks. */
    public void installInto(Path keycloakHome) {
        requireSource();
        Path target = keycloakHome.resolve("themes").resolve(NAME);
        try {
            EmbeddedKeycloak.deleteRecursively(target);
            copyRecursively(source, target);
            Path resources = Files.createDirectories(target.resolve("login/resources"));
            List<Look> found = readLooks();
            for (Look look : found) {
                Path folder = Files.createDirectories(resources.resolve("looks").resolve(look.id()));
                Files.copy(look.logo(), folder.resolve(look.logo().getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(Files.createDirectories(resources.resolve("css")).resolve("looks.css"), css(found));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the login theme into " + target + ": " + e.getMessage(), e);
        }
    }

    /** Every readable look in the themes folder, base first; one that cannot be read is left out and logged. */
    List<Look> readLooks() throws IOException {
        List<Look> found = new ArrayList<>();
        if (looks == null || !Files.isDirectory(looks)) {
            LOG.log(System.Logger.Level.WARNING, "No themes folder " + looks + ": the login pages keep Keycloak's colours");
            return found;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(looks, Files::isDirectory)) {
            for (Path folder : folders) {
                try {
                    read(folder).ifPresent(found::add);
                } catch (RuntimeException | IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Login theme leaves out the look " + folder + ": " + e.getMessage());
                }
            }
        }
        found.sort(Comparator.comparing((Look l) -> !l.id().equals("base")).thenComparing(Look::id));
        return found;
    }

    private static Optional<Look> read(Path folder) throws IOException {
        String id = folder.getFileName().toString();
        Path file = folder.resolve("theme.json");
        if (!THEME_ID.matcher(id).matches() || !Files.isRegularFile(file)) {
            return Optional.empty(); // not a theme (README, a stray folder)
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            json = reader.readObject();
        }
        String primary = colour(json, "primaryColor");
        String primaryText = json.containsKey("primaryTextColor") ? colour(json, "primaryTextColor") : primary;
        String logoName = json.getString("logo", "");
        if (!LOGO.matcher(logoName).matches() || !Files.isRegularFile(folder.resolve(logoName))) {
            throw new IllegalArgumentException("logo \"" + logoName + "\" is not an SVG or PNG file in the folder");
        }
        return Optional.of(new Look(id, json.getString("name", id), primary, primaryText, folder.resolve(logoName)));
    }

    private static String colour(JsonObject json, String field) {
        String value = json.get(field) instanceof JsonString s ? s.getString() : "";
        if (!COLOUR.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is not #rrggbb");
        }
        return value;
    }

    /**
     * The custom properties kykyverkko.css uses: the base look on {@code :root}, each region's on
     * {@code html[data-kyky-look="<id>"]}, which the page's script sets.
     */
    static String css(List<Look> looks) {
        StringBuilder css = new StringBuilder(
                "/* Written by the Kykyverkko stack from the portal's themes/ folder when it installs the login theme. */\n");
        for (Look look : looks) {
            boolean base = look.id().equals("base");
            css.append(base ? ":root" : "html[data-kyky-look=\"" + look.id() + "\"]").append(" {\n")
                    .append("    --kyky-primary: ").append(look.primary()).append(";\n")
                    .append("    --kyky-primary-text: ").append(look.primaryText()).append(";\n")
                    .append("    --kyky-logo: url(\"../looks/").append(look.id()).append('/')
                    .append(look.logo().getFileName()).append("\");\n");
            if (!base) {
                css.append("    --kyky-look-name: \"").append(cssString(look.name())).append("\";\n");
            }
            css.append("}\n");
        }
        return css.toString();
    }

    /** A name inside a CSS string: quotes and backslashes escaped, control characters dropped. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (!Character.isISOControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

}
