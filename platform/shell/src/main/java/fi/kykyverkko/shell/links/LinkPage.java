package fi.kykyverkko.shell.links;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The page of one purpose of personal links ({@code /l/<region>/<token>}): a module implements it as a CDI bean and
 * {@link LinkPages} finds it by {@link #purpose()}; there is no central list. The link is live when
 * {@link #serve} is called (GET to show, POST to act); the page decides what its subject opens.
 */
public interface LinkPage {

    /** The purpose of the links this page serves, as the module issues them ({@code survey}). */
    String purpose();

    void serve(LinkVisit visit, HttpServletRequest request, HttpServletResponse response) throws IOException;

    /**
     * A POST whose link no longer resolves (spent by the very request being retried, say): a page that can tell
     * from the form that its act is already done answers here (e.g. "thank you" again) and returns true.
     */
    default boolean answerRetry(fi.kykyverkko.kernel.tenancy.Tenant region, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return false;
    }
}
