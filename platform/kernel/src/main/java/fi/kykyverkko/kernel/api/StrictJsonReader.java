package fi.kykyverkko.kernel.api;

import fi.kykyverkko.kernel.domain.Problems;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Holds every JSON request body of the API to {@link StrictJsonBody}'s rules before JSON-B sees it; a body that breaks
 * them is answered 400 with every problem ({@link ApiErrors}), and one over {@link #MAX_BODY} bytes 413.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

    /** No write of the API needs more; a larger body is refused before it is read into memory. */
    public static final int MAX_BODY = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream());
        Problems problems = StrictJsonBody.check(body, context.getGenericType());
        problems.throwIfAny();
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new BodyTooLarge();
        }
        return body;
    }

    /** A body over {@link #MAX_BODY}: answered 413. */
    static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("request body over " + MAX_BODY + " bytes", null, false, false);
        }
    }
}
