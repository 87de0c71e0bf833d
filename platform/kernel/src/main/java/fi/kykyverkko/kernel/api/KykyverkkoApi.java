package fi.kykyverkko.kernel.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All integration endpoints live under /api; every module's resources join this one application. */
@ApplicationPath("api")
public class KykyverkkoApi extends Application {
}
