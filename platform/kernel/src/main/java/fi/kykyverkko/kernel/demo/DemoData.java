package fi.kykyverkko.kernel.demo;

import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data a module ships inside its own jar, at {@code demo/<module-id>/<region>/<file>} on the classpath, and
 * loads only where the portal runs with {@code kyky.demo-data=true} (the embedded stack and the tests). Nothing
 * outside the module lists its demo files.
 */
@ApplicationScoped
public class DemoData {

    @Inject
    @ConfigProperty(name = "kyky.demo-data", defaultValue = "false")
    boolean enabled;

    public boolean enabled() {
        return enabled;
    }

    /**
     * The file's bytes, when demo data are on and the module ships that file for that region.
     *
     * @param owner any class of the module, whose class loader holds its jar
     */
    public Optional<byte[]> file(Class<?> owner, String moduleId, TenantId region, String file) {
        if (!enabled) {
            return Optional.empty();
        }
        return read(owner, path(moduleId, region, file));
    }

    static String path(String moduleId, TenantId region, String file) {
        return "demo/" + moduleId + "/" + region.value() + "/" + file;
    }

    static Optional<byte[]> read(Class<?> owner, String path) {
        try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("demo file " + path + " could not be read", e);
        }
    }
}
