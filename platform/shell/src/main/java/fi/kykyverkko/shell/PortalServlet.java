package fi.kykyverkko.shell;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/**
 * Vaadin's servlet with idle sessions closed: open tabs keep a session alive with heartbeats, which on a
 * shared office computer would keep a client's data on screen forever. The shell warns before the end.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true,
        initParams = @WebInitParam(name = "closeIdleSessions", value = "true"))
public class PortalServlet extends CdiVaadinServlet {
}
