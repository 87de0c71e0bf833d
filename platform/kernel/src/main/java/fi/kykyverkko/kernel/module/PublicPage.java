package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.tenancy.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page a module serves without login, at {@code /public/<region>/<name>} (and {@code <name>.<format>} or
 * {@code <name>/<rest>} below it). A CDI bean; the kernel's {@link PublicPages} servlet has already checked
 * that the region exists and has the module on, so a page never sees a region it does not serve.
 * Public pages read a region's shared information (a catalogue, a guide) or serve a client's personal link;
 * they never show one person's data to another.
 */
public interface PublicPage {

    /** The first path segment after the region, e.g. {@code palvelut}. */
    String name();

    /**
     * @param rest what follows the name: "" for the page itself, ".json" for a format, "/abc" for a sub-path
     */
    void serve(Tenant tenant, String rest, HttpServletRequest request, HttpServletResponse response) throws IOException;
}
