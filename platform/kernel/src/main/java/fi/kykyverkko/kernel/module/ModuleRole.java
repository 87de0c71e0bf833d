package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.tenancy.LocalizedText;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A role a person can hold inside one region, declared by the module that gives it meaning. It travels in the
 * token as the Keycloak group {@code /tenants/<region>/<name>}.
 *
 * @param name  stable, lower-case with hyphens, e.g. {@code job-coach}
 * @param label what people see in administration, in Finnish, Swedish and English
 */
public record ModuleRole(String name, LocalizedText label) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public ModuleRole {
        Objects.requireNonNull(label, "label");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("role name must be lower-case letters, digits and hyphens: " + name);
        }
        for (String text : new String[] {label.fi(), label.sv(), label.en()}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("role " + name + " needs its name in Finnish, Swedish and English");
            }
        }
    }

    public ModuleRole(String name, String fi, String sv, String en) {
        this(name, new LocalizedText(fi, sv, en));
    }
}
