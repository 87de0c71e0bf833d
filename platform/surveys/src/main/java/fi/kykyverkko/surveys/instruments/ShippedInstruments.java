package fi.kykyverkko.surveys.instruments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The instrument templates this module ships, as classpath paths (the shape {@code PortalModule.instrumentTemplates()}
 * will return once the module has its bean), and their loading. Sources are in the module's README.
 */
public final class ShippedInstruments {

    public static final List<String> PATHS = List.of(
            "instruments/who-5.json",
            "instruments/work-ability-score.json",
            "instruments/client-satisfaction-grade.json",
            "instruments/panel-mood.json",
            "instruments/lapland-network-cooperation.json",
            "instruments/lapland-coaching-client.json");

    private ShippedInstruments() {
    }

    /** Every shipped template, read and checked. */
    public static List<InstrumentDefinition> all() {
        return PATHS.stream().map(ShippedInstruments::load).toList();
    }

    /** What reading the template at {@code path} gives, problems included. */
    public static ParsedDefinition parse(String path) {
        try (InputStream in = ShippedInstruments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped instrument " + path);
            }
            return DefinitionParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template at {@code path}; a shipped template with problems is a bug of this module, so it throws. */
    public static InstrumentDefinition load(String path) {
        ParsedDefinition parsed = parse(path);
        return parsed.definition().orElseThrow(() -> new IllegalStateException(path + " has problems: " + parsed.problems()));
    }
}
